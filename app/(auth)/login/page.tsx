// /login – email and password sign-in to the dashboard
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { getDb } from "@/db/client";
import { getSessionUser } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/dashboard/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  const redirectTo = safeRedirectPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await getSessionUser(await getDb())) redirect(redirectTo);

  return (
    <AuthCard title="Sign in to Callscope" description="Use the email and password of your Callscope account.">
      <LoginForm redirectTo={redirectTo} />
    </AuthCard>
  );
}
