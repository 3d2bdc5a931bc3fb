import fs from "node:fs";
import path from "node:path";
import type { DbHandle } from "../../db/client";
import { randomBase62 } from "../../lib/ids";
import { config } from "../../lib/config";
import { createAccount } from "../../lib/services/accounts/create-account";
import { findUserByEmail } from "../../lib/services/accounts/find-user";
import { resetPassword } from "../../lib/services/accounts/reset-password";
import { createApiKey } from "../../lib/services/api-keys/create-api-key";
import { systemContext } from "../../lib/services/context";
import { addMember } from "../../lib/services/members/add-member";
import { findMembership } from "../../lib/services/members/find-membership";
import { createOrganization } from "../../lib/services/orgs/create-organization";
import { findOrganizationByIdOrSlug } from "../../lib/services/orgs/find-organization";
import { createProject } from "../../lib/services/projects/create-project";

export interface DemoCredentials {
  url: string;
  organizationId: string;
  email: string;
  password: string;
  apiKey: string;
}

const DEMO_SLUG = "demo";
const DEMO_EMAIL = "admin@demo.callscope.local";

export function demoCredentialsPath(): string {
  return path.join(config().dataDir, "demo-credentials.json");
}

/**
 * Creates the demo organization, its admin and an API key, once. Later runs
 * return the saved credentials (kept in DATA_DIR, readable by the owner only),
 * because the password and key cannot be recovered from their hashes.
 */
export async function ensureDemo(handle: DbHandle): Promise<DemoCredentials> {
  const file = demoCredentialsPath();
  const db = handle.db;
  const existing = await findOrganizationByIdOrSlug(db, DEMO_SLUG);
  if (existing && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as DemoCredentials;

  const org = existing ?? (await createOrganization(db, { name: "Demo Call Center", slug: DEMO_SLUG }));
  const password = randomBase62(16);
  let user = await findUserByEmail(db, DEMO_EMAIL);
  if (user) await resetPassword(db, DEMO_EMAIL, password);
  else user = await createAccount(db, { email: DEMO_EMAIL, name: "Demo Admin", password });
  if (!(await findMembership(db, org.id, user.id))) await addMember(db, org.id, user.id, "owner");

  const ctx = systemContext(db, org.id);
  const key = await createApiKey(ctx, { name: "Demo key", role: "admin" });
  if (!existing) {
    await createProject(ctx, { name: "Support line", description: "Inbound customer support calls" });
  }
  const credentials: DemoCredentials = {
    url: config().appUrl,
    organizationId: org.id,
    email: DEMO_EMAIL,
    password,
    apiKey: key.key,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
