import type { z } from "zod";

/**
 * One documented endpoint. Route handlers validate with the very schemas
 * named here, so the OpenAPI document cannot drift from what is enforced.
 */
export interface ApiOperation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path under /api/v1, with `{param}` placeholders. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** "none" for public endpoints; others need a key, token or session. */
  auth?: "none" | "required";
  query?: z.ZodType;
  body?: z.ZodType;
  /** A multipart/form-data body instead (uploads): its parts as an object schema. */
  multipart?: Record<string, unknown>;
  /** A non-JSON success body (audio, export files): its content type, or the types it can be. */
  binaryResponse?: string | string[];
  response?: z.ZodType;
  /** Wrap the response in `{data: [...], meta}` of a list. */
  paginated?: boolean;
  /** Fields a list's meta has beyond page, pageSize and total. */
  meta?: z.ZodType;
  successStatus?: number;
  /** Error statuses worth naming beyond the ones every authenticated endpoint has. */
  errors?: number[];
}

export function defineOperations(ops: ApiOperation[]): ApiOperation[] {
  return ops;
}
