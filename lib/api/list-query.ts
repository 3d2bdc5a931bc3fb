import { z } from "zod";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ISO 8601 date or date-time. A bare date means the start of that day (UTC)
 * for `from` and its end for `to`, so `from=2026-03-01&to=2026-03-05` covers
 * five whole days.
 */
function isoBoundary(edge: "start" | "end") {
  return z
    .string()
    .describe(
      edge === "start"
        ? "Only items created at or after this ISO 8601 date or date-time (a date means 00:00 UTC)"
        : "Only items created at or before this ISO 8601 date or date-time (a date means the end of that day, UTC)",
    )
    .refine((v) => DATE_ONLY.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success, {
      message: "must be an ISO 8601 date (2026-03-01) or date-time (2026-03-01T10:00:00Z)",
    })
    .transform((v) => {
      if (!DATE_ONLY.test(v)) return new Date(v);
      return new Date(`${v}T${edge === "start" ? "00:00:00.000" : "23:59:59.999"}Z`);
    })
    .refine((d) => !Number.isNaN(d.getTime()), { message: "is not a real date" });
}

const page = z.coerce.number().int("must be a whole number").min(1, "must be 1 or more").max(1_000_000).default(1);
const pageSize = z.coerce
  .number()
  .int("must be a whole number")
  .min(1, "must be between 1 and 100")
  .max(100, "must be between 1 and 100")
  .default(20);

export const paginationShape = { page, pageSize };

/**
 * The list query every collection shares: page, pageSize, sort, order, from,
 * to. Unknown parameters are refused so a typo (`pagesize`) is a 400, not a
 * silently ignored filter.
 */
export function listQuerySchema<const S extends readonly [string, ...string[]], E extends z.ZodRawShape = Record<never, never>>(
  sortFields: S,
  defaultSort: S[number],
  extra?: E,
) {
  return z
    .strictObject({
      page,
      pageSize,
      sort: z.enum(sortFields).default(defaultSort as never),
      order: z.enum(["asc", "desc"]).default("desc"),
      from: isoBoundary("start").optional(),
      to: isoBoundary("end").optional(),
      ...((extra ?? {}) as E),
    })
    .refine(
      (q) => {
        const { from, to } = q as { from?: Date; to?: Date };
        return !(from && to) || from <= to;
      },
      {
        message: "must not be after `to`",
        path: ["from"],
      },
    );
}

export const paginationQuerySchema = z.strictObject(paginationShape);

/** Just a period: `from` and `to`, for statistics. */
export const dateRangeShape = { from: isoBoundary("start").optional(), to: isoBoundary("end").optional() };

export const dateRangeQuerySchema = z
  .strictObject(dateRangeShape)
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: "must not be after `to`", path: ["from"] });
