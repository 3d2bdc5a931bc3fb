/**
 * Operator commands: `npm run admin -- <command> [--options]`.
 * On the embedded database, stop the server first: PGlite allows one process.
 */
import { parseArgs } from "node:util";
import { loadEnvFiles } from "./admin/env";

loadEnvFiles();

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  migrate                                       apply database migrations
  create-org --name <name> [--slug <slug>]      create an organization (prints its id)
  create-user --email <e> --name <n> [--password <p>] [--org <id|slug> --role <role>]
                                                create a user, optionally in an organization
  create-api-key --org <id|slug> --name <name> [--role admin|supervisor|reviewer|viewer]
                                                create an API key; the key alone is the last line
  rotate-ingest-secret --org <id|slug>          generate the secret that signs ingest deliveries; the secret is the last line
  grant-credits --org <id|slug> --amount <decimal> [--note <text>]
                                                add credits (in BILLING_CURRENCY) to an organization's balance
  reset-password --email <e> [--password <p>]   set a new password and sign the user out everywhere
  demo                                          create the demo organization (idempotent) and print its credentials

Without --password a random one is generated and printed.`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "help" || command === "--help") {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: "string" },
      slug: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      org: { type: "string" },
      role: { type: "string" },
      amount: { type: "string" },
      note: { type: "string" },
      json: { type: "boolean" },
    },
    strict: true,
  });

  const { runCommand } = await import("./admin/commands");
  return runCommand(command, values);
}

main()
  .then((code) => process.exit(code))
  .catch(async (error: unknown) => {
    const { AppError } = await import("../lib/errors");
    if (error instanceof AppError) {
      const fields = (error.details?.fields ?? {}) as Record<string, string[]>;
      const detail = Object.entries(fields).map(([field, messages]) => `  ${field}: ${messages.join(", ")}`);
      console.error([`Error: ${error.message}`, ...detail].join("\n"));
    } else {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  });
