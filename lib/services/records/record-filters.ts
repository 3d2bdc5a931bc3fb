import { and, eq, gte, ilike, lte, type SQL } from "drizzle-orm";
import { z } from "zod";
import { RECORD_STATUSES, RECORD_TYPES, records } from "../../../db/schema";
import { containsPattern } from "../../db/like";

/**
 * The filters a list of records takes, shared by GET /records and exports so
 * both select exactly the same records. `from`/`to` come from the list
 * query's date parsing (lib/api/list-query.ts) and are Dates here.
 */
export const recordFilterShape = {
  projectId: z.string().min(1).max(64).optional(),
  status: z.enum(RECORD_STATUSES).optional(),
  type: z.enum(RECORD_TYPES).optional(),
  agentName: z.string().trim().min(1).max(200).optional().describe("Part of the agent's name"),
};

export interface RecordFilter {
  from?: Date;
  to?: Date;
  projectId?: string;
  status?: (typeof RECORD_STATUSES)[number];
  type?: (typeof RECORD_TYPES)[number];
  /** Case-insensitive part of the agent's name. */
  agentName?: string;
}

/** The WHERE clause for the organization's records matching `filter`. */
export function recordFilterWhere(orgId: string, filter: RecordFilter): SQL {
  const conditions: SQL[] = [eq(records.orgId, orgId)];
  if (filter.projectId) conditions.push(eq(records.projectId, filter.projectId));
  if (filter.status) conditions.push(eq(records.status, filter.status));
  if (filter.type) conditions.push(eq(records.type, filter.type));
  if (filter.from) conditions.push(gte(records.createdAt, filter.from));
  if (filter.to) conditions.push(lte(records.createdAt, filter.to));
  if (filter.agentName) conditions.push(ilike(records.agentName, containsPattern(filter.agentName)));
  return and(...conditions)!;
}
