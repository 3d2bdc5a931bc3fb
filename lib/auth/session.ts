import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users, type User } from "../../db/schema";
import { auth } from "./next-auth";

/**
 * The signed-in dashboard user, or null. A session whose token version is
 * behind the user's (password reset) or whose user is gone counts as none.
 */
export async function getSessionUser(db: Db): Promise<User | null> {
  const session = await auth();
  const userId = session?.user?.id;
  const tokenVersion = (session as { tokenVersion?: unknown } | null)?.tokenVersion;
  if (!userId || typeof tokenVersion !== "number") return null;
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || user.tokenVersion !== tokenVersion) return null;
  return user;
}
