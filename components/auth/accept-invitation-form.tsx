"use client";

import Link from "next/link";
import { acceptInvitationAction } from "@/app/(auth)/invite/[token]/actions";
import { Button, buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError, FormSuccess } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/dashboard/form-state";

interface AcceptInvitationFormProps {
  token: string;
  email: string;
  /** An existing account confirms with its password; a new one also chooses a name. */
  accountExists: boolean;
}

export function AcceptInvitationForm({ token, email, accountExists }: AcceptInvitationFormProps) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState>(
    acceptInvitationAction.bind(null, token),
    {},
  );
  if (state.ok && state.message) {
    return (
      <div className="space-y-4">
        <FormSuccess message={state.message} />
        <Link href="/login" className={buttonClasses("primary")}>
          Go to sign in
        </Link>
      </div>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormError message={state.error} />
      {/* Lets password managers save the new credentials under the right email. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      {!accountExists && (
        <TextField id="name" name="name" label="Your name" autoComplete="name" required errors={state.fields?.name} />
      )}
      <TextField
        id="password"
        name="password"
        type="password"
        label={accountExists ? "Your Callscope password" : "Choose a password"}
        autoComplete={accountExists ? "current-password" : "new-password"}
        hint={accountExists ? `You already have an account as ${email}.` : "At least 8 characters."}
        required
        errors={state.fields?.password}
      />
      {!accountExists && (
        <TextField
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          label="Confirm password"
          autoComplete="new-password"
          required
          errors={state.fields?.confirmPassword}
        />
      )}
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Joining…">
        {accountExists ? "Accept and sign in" : "Create account and join"}
      </Button>
    </form>
  );
}
