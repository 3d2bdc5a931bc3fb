import { expect } from "vitest";
import { AppError, type ErrorCode } from "../../lib/errors";

/** Awaits a promise that must fail with an AppError of this code (and name this field, if given). */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode, field?: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect(Object.keys(((error as AppError).details?.fields ?? {}) as object)).toContain(field);
  return error as AppError;
}
