// POST /api/v1/auth/register – create a user and the organization they own
import { created } from "@/lib/api/envelope";
import { withPublic } from "@/lib/api/handler";
import { readJson } from "@/lib/api/parse";
import { registerAccount } from "@/lib/services/accounts/register-account";

export const POST = withPublic(async ({ req, db }) => created(await registerAccount(await db(), await readJson(req))));
