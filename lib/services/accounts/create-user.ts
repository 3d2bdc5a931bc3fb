import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { users, type User } from "../../../db/schema";
import { hashPassword } from "../../auth/passwords";
import { AppError } from "../../errors";
import { newId } from "../../ids";

/** Inserts a user whose email must be free. Callers validate the input first. */
export async function createUserRow(db: Db, input: { email: string; name: string; password: string }): Promise<User> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing) {
    throw new AppError("CONFLICT", "An account with this email already exists", {
      fields: { email: ["is already registered"] },
    });
  }
  const [user] = await db
    .insert(users)
    .values({ id: newId("user"), email: input.email, name: input.name, passwordHash: await hashPassword(input.password) })
    .returning();
  return user!;
}
