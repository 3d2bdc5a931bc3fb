import { openDatabase, type DbHandle } from "../../db/client";
import { isRole } from "../../lib/auth/roles";
import { config } from "../../lib/config";
import { AppError, validationError } from "../../lib/errors";
import { randomBase62 } from "../../lib/ids";
import { createAccount } from "../../lib/services/accounts/create-account";
import { resetPassword } from "../../lib/services/accounts/reset-password";
import { createApiKey } from "../../lib/services/api-keys/create-api-key";
import { grantCredits } from "../../lib/services/billing/grant-credits";
import { systemContext } from "../../lib/services/context";
import { rotateIngestSecret } from "../../lib/services/ingest/rotate-ingest-secret";
import { addMember } from "../../lib/services/members/add-member";
import { createOrganization } from "../../lib/services/orgs/create-organization";
import { findOrganizationByIdOrSlug } from "../../lib/services/orgs/find-organization";
import { ensureDemo } from "./demo";

type Options = Partial<Record<"name" | "slug" | "email" | "password" | "org" | "role" | "amount" | "note", string>> & { json?: boolean };

function required(options: Options, name: keyof Options): string {
  const value = options[name];
  if (typeof value !== "string" || !value.trim()) throw validationError({ [name]: [`--${name} is required`] });
  return value;
}

async function requireOrg(handle: DbHandle, idOrSlug: string) {
  const org = await findOrganizationByIdOrSlug(handle.db, idOrSlug);
  if (!org) throw new AppError("NOT_FOUND", `No organization with id or slug "${idOrSlug}"`);
  return org;
}

async function withDatabase<T>(run: (handle: DbHandle) => Promise<T>): Promise<T> {
  const cfg = config();
  const handle = await openDatabase({ url: cfg.DATABASE_URL, pgliteDir: cfg.pgliteDir, poolSize: 2 });
  try {
    await handle.migrate();
    return await run(handle);
  } finally {
    await handle.close();
  }
}

const commands: Record<string, (options: Options) => Promise<void>> = {
  async migrate() {
    await withDatabase(async (handle) => console.log(`Migrations applied (${handle.kind}).`));
  },

  async "create-org"(options) {
    await withDatabase(async ({ db }) => {
      const org = await createOrganization(db, { name: required(options, "name"), slug: options.slug });
      console.log(`Created organization ${org.name} (slug ${org.slug})`);
      console.log(org.id);
    });
  },

  async "create-user"(options) {
    const role = options.role ?? "viewer";
    if (!isRole(role)) throw validationError({ role: ["must be owner, admin, supervisor, reviewer or viewer"] });
    const password = options.password ?? randomBase62(16);
    await withDatabase(async (handle) => {
      const org = options.org ? await requireOrg(handle, options.org) : undefined;
      const user = await createAccount(handle.db, {
        email: required(options, "email"),
        name: required(options, "name"),
        password,
      });
      if (org) await addMember(handle.db, org.id, user.id, role);
      console.log(`Created user ${user.email}${org ? ` as ${role} of ${org.slug}` : ""}`);
      if (!options.password) console.log(`Password: ${password}`);
      console.log(user.id);
    });
  },

  async "create-api-key"(options) {
    await withDatabase(async (handle) => {
      const org = await requireOrg(handle, required(options, "org"));
      const created = await createApiKey(systemContext(handle.db, org.id), {
        name: required(options, "name"),
        ...(options.role ? { role: options.role } : {}),
      });
      console.log(`Created API key "${created.name}" (${created.role}) for ${org.slug}. It is shown only now:`);
      console.log(created.key);
    });
  },

  async "rotate-ingest-secret"(options) {
    await withDatabase(async (handle) => {
      const org = await requireOrg(handle, required(options, "org"));
      const rotated = await rotateIngestSecret(systemContext(handle.db, org.id));
      console.log(`New ingest secret for ${org.slug} (the previous one no longer works). It is shown only now:`);
      console.log(`Deliver to: POST ${config().APP_URL ?? `http://localhost:${config().PORT}`}/api/v1/records/ingest?orgId=${org.id}`);
      console.log(rotated.secret);
    });
  },

  async "grant-credits"(options) {
    await withDatabase(async (handle) => {
      const org = await requireOrg(handle, required(options, "org"));
      const granted = await grantCredits(systemContext(handle.db, org.id), { amount: required(options, "amount"), note: options.note });
      console.log(`Granted ${granted.amount} ${granted.currency} of credits to ${org.slug}.`);
      console.log(granted.id);
    });
  },

  async "reset-password"(options) {
    const password = options.password ?? randomBase62(16);
    await withDatabase(async ({ db }) => {
      const email = required(options, "email");
      await resetPassword(db, email, password);
      console.log(`Password reset for ${email}; existing sessions and tokens are signed out.`);
      if (!options.password) console.log(`Password: ${password}`);
    });
  },

  async demo(options) {
    await withDatabase(async (handle) => {
      const demo = await ensureDemo(handle);
      if (options.json) {
        console.log(JSON.stringify(demo));
        return;
      }
      console.log(
        [
          "Demo organization ready:",
          `  Sign in at ${demo.url}/login`,
          `  Email:     ${demo.email}`,
          `  Password:  ${demo.password}`,
          `  API key:   ${demo.apiKey}`,
          `  Try:       curl -H "Authorization: Bearer ${demo.apiKey}" ${demo.url}/api/v1/projects`,
        ].join("\n"),
      );
    });
  },
};

export async function runCommand(command: string, options: Options): Promise<number> {
  const run = commands[command];
  if (!run) {
    console.error(`Unknown command "${command}". Run \`npm run admin -- help\`.`);
    return 1;
  }
  await run(options);
  return 0;
}
