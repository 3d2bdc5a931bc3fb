import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../errors";

/** Project names are unique per organization (a unique index decides, also under races). */
export function asNameConflict(error: unknown, name: string | undefined): unknown {
  if (!isUniqueViolation(error)) return error;
  return new AppError("CONFLICT", `A project named "${name}" already exists`, {
    fields: { name: ["is already used by another project"] },
  });
}
