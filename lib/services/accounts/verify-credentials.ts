import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { users, type User } from "../../../db/schema";
import { verifyAgainstDecoy, verifyPassword } from "../../auth/passwords";

/**
 * The one password check, shared by the dashboard sign-in and /auth/login.
 * Returns null for an unknown email or a wrong password alike.
 */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<User | null> {
  const normalized = email.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.email, normalized)).limit(1);
  if (!user) return verifyAgainstDecoy(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return user;
}
