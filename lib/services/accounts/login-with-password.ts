import type { z } from "zod";
import type { Db } from "../../../db/client";
import { AppError } from "../../errors";
import { listUserOrganizations } from "../orgs/list-user-organizations";
import { parseInput } from "../parse-input";
import { loginInput, type loginDto } from "./account-schemas";
import { issueTokenPair } from "./issue-token-pair";
import { verifyCredentials } from "./verify-credentials";

export async function loginWithPassword(db: Db, raw: unknown): Promise<z.infer<typeof loginDto>> {
  const input = parseInput(loginInput, raw);
  const user = await verifyCredentials(db, input.email, input.password);
  // One message for both cases: the response must not reveal which emails exist.
  if (!user) throw new AppError("UNAUTHORIZED", "Email or password is incorrect");
  const pair = await issueTokenPair(db, user);
  return {
    ...pair,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      createdAt: user.createdAt.toISOString(),
      organizations: await listUserOrganizations(db, user.id),
    },
  };
}
