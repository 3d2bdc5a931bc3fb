import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { refreshTokens, users } from "../../../db/schema";
import { hashPassword, passwordSchema } from "../../auth/passwords";
import { notFound } from "../../errors";
import { parseInput } from "../parse-input";

/**
 * Sets a new password and signs the user out everywhere: the token version
 * moves on (old sessions and access tokens stop working) and refresh tokens
 * are revoked.
 */
export async function resetPassword(db: Db, email: string, newPassword: string): Promise<{ userId: string }> {
  const password = parseInput(passwordSchema, newPassword);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.email, email.trim().toLowerCase()))
      .returning({ id: users.id });
    if (!user) throw notFound("User");
    await tx
      .update(refreshTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(refreshTokens.userId, user.id), isNull(refreshTokens.revokedAt)));
    return { userId: user.id };
  });
}
