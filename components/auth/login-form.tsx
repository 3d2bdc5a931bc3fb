"use client";

import { signInAction } from "@/app/(auth)/login/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";

export function LoginForm({ redirectTo }: { redirectTo: string }) {
  const { state, formAction, pending, onSubmit } = useFormAction(signInAction, {});
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <FormError message={state.error} />
      <TextField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        errors={state.fields?.email}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={state.fields?.password}
      />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Signing in…">
        Sign in
      </Button>
    </form>
  );
}
