import type { ApiOperation } from "../openapi/operation";
import { alertOperations } from "./alerts";
import { analysisOperations } from "./analyses";
import { reviewOperations } from "./reviews";
import { apiKeyOperations } from "./api-keys";
import { auditLogOperations } from "./audit-log";
import { authOperations } from "./auth";
import { ingestOperations } from "./ingest";
import { projectOperations } from "./projects";
import { recordOperations } from "./records";
import { systemOperations } from "./system";
import { userOperations } from "./users";

/** Every public endpoint, in the order the reference shows them. */
export const allOperations: ApiOperation[] = [
  ...systemOperations,
  ...authOperations,
  ...projectOperations,
  ...recordOperations,
  ...ingestOperations,
  ...analysisOperations,
  ...reviewOperations,
  ...alertOperations,
  ...userOperations,
  ...apiKeyOperations,
  ...auditLogOperations,
];
