import { z } from "zod";
import type { Db } from "../../../db/client";
import type { User } from "../../../db/schema";
import { passwordSchema } from "../../auth/passwords";
import { emailSchema } from "../members/member-schemas";
import { parseInput } from "../parse-input";
import { createUserRow } from "./create-user";

export const createAccountInput = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1, "is required").max(100),
  password: passwordSchema,
});

/** Operator path: a user without an organization (add them to one with addMember). */
export async function createAccount(db: Db, raw: unknown): Promise<User> {
  return createUserRow(db, parseInput(createAccountInput, raw));
}
