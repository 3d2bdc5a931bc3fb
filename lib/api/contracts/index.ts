import type { ApiOperation } from "../openapi/operation";
import { alertOperations } from "./alerts";
import { analysisOperations } from "./analyses";
import { reviewOperations } from "./reviews";
import { apiKeyOperations } from "./api-keys";
import { auditLogOperations } from "./audit-log";
import { billingOperations } from "./billing";
import { authOperations } from "./auth";
import { exportOperations } from "./exports";
import { ingestOperations } from "./ingest";
import { projectOperations } from "./projects";
import { recordOperations } from "./records";
import { searchOperations } from "./search";
import { systemOperations } from "./system";
import { userOperations } from "./users";
import { webhookOperations } from "./webhooks";

/** Every public endpoint, in the order the reference shows them. */
export const allOperations: ApiOperation[] = [
  ...systemOperations,
  ...authOperations,
  ...projectOperations,
  ...recordOperations,
  ...searchOperations,
  ...ingestOperations,
  ...analysisOperations,
  ...reviewOperations,
  ...exportOperations,
  ...alertOperations,
  ...userOperations,
  ...apiKeyOperations,
  ...webhookOperations,
  ...auditLogOperations,
  ...billingOperations,
];
