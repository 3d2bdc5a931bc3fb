"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { getDb } from "@/db/client";
import { enforceLoginAttemptLimit } from "@/lib/api/login-attempts";
import { clientAddress } from "@/lib/api/rate-limit";
import { signIn } from "@/lib/auth/next-auth";
import { text } from "@/lib/dashboard/form-data";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import { safeRedirectPath } from "@/lib/dashboard/safe-redirect";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const email = text(form, "email")?.trim() ?? "";
  const password = text(form, "password") ?? "";
  if (!email || !password) {
    return {
      error: "Enter your email and password.",
      fields: { ...(email ? {} : { email: ["is required"] }), ...(password ? {} : { password: ["is required"] }) },
    };
  }
  try {
    // The same per-address-and-email budget as POST /api/v1/auth/login, so the form is no easier to brute-force.
    await enforceLoginAttemptLimit({ address: clientAddress({ headers: await headers() }), email }, getDb);
  } catch (error) {
    return formError(error);
  }
  try {
    // On success signIn throws Next's redirect, which must propagate.
    await signIn("credentials", { email, password, redirectTo: safeRedirectPath(text(form, "redirectTo")) });
  } catch (error) {
    if (error instanceof AuthError) {
      // Other AuthErrors mean the check itself failed (database down), not that the password was wrong.
      return {
        error: error.type === "CredentialsSignin" ? "Email or password is incorrect" : "Sign-in failed. Please try again.",
      };
    }
    throw error;
  }
  return {};
}
