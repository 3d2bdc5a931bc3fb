import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../../db/client";
import { verifyCredentials } from "../services/accounts/verify-credentials";
import { authSecret, config } from "../config";
import { log } from "../log";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(128),
});

/**
 * Dashboard sign-in: email + password, JWT sessions in an encrypted cookie.
 * The session carries the user's token version; getSessionUser() compares it
 * with the database so a password reset ends every session at once.
 * Built lazily so `next build` never needs AUTH_SECRET.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: config().AUTH_TRUST_HOST,
  session: { strategy: "jwt", maxAge: Math.round(config().SESSION_MAX_AGE_HOURS * 3600) },
  pages: { signIn: "/login" },
  // next-auth prints a stack for every wrong password; one JSON line is enough,
  // and it must not carry the email or anything the person typed.
  logger: {
    error(error: Error) {
      // `type`, not `name`: class names do not survive minification.
      if ((error as { type?: string }).type === "CredentialsSignin") log.info("dashboard sign-in refused");
      else log.error("next-auth error", { errorName: error.name, errorMessage: error.message });
    },
    warn(code: string) {
      log.warn("next-auth warning", { code });
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await verifyCredentials(await getDb(), parsed.data.email, parsed.data.password);
        if (!user) return null;
        return { id: user.id, email: user.email, name: user.name, tokenVersion: user.tokenVersion } as {
          id: string;
          email: string;
          name: string;
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.ver = (user as { tokenVersion?: number }).tokenVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      (session as { tokenVersion?: unknown }).tokenVersion = token.ver;
      return session;
    },
  },
}));
