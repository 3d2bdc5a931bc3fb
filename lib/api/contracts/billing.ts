import {
  accountUsageDto,
  billingSummaryDto,
  billingUsageDto,
  creditsDto,
  updateBudgetInput,
} from "../../services/billing/billing-schemas";
import { dateRangeQuerySchema, paginationQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";

export const billingUsageQuery = dateRangeQuerySchema;
export const creditsQuery = paginationQuerySchema;
export const accountUsageQuery = dateRangeQuerySchema;

const ORG_IN_PATH =
  "`orgId` must be the organization the request acts in (the API key's, or the one picked with X-Selected-Org-ID); any other answers 404.";

export const billingOperations = defineOperations([
  {
    method: "get",
    path: "/billing/summary/{orgId}",
    tag: "Billing",
    summary: "Usage and cost of the current monthly period, the budget, and the credits",
    description: `Owners and admins. ${ORG_IN_PATH}`,
    response: billingSummaryDto,
    errors: [404],
  },
  {
    method: "get",
    path: "/billing/usage/{orgId}",
    tag: "Billing",
    summary: "Metered usage by day, by project and by kind",
    description: `Owners and admins. Defaults to the current period up to today; at most 366 days. ${ORG_IN_PATH}`,
    query: billingUsageQuery,
    response: billingUsageDto,
    errors: [404],
  },
  {
    method: "get",
    path: "/billing/credits/{orgId}",
    tag: "Billing",
    summary: "Credit balance (granted − used) and the grants, newest first",
    description: `Owners and admins. \`meta\` pages the grants. ${ORG_IN_PATH}`,
    query: creditsQuery,
    response: creditsDto,
    errors: [404],
  },
  {
    method: "patch",
    path: "/billing/budget/{orgId}",
    tag: "Billing",
    summary: "Set or remove the monthly budget",
    description: `Owners only. \`budgetLimit\` is an amount in the summary's currency (a number or a decimal string), 0 or more; null removes the budget. Once the period's cost reaches it, new processing is refused with 402 BUDGET_EXCEEDED; alerts fire at 80 % and 100 %. Answers with the summary. ${ORG_IN_PATH}`,
    body: updateBudgetInput,
    response: billingSummaryDto,
    errors: [404],
  },
  {
    method: "get",
    path: "/account/usage",
    tag: "Billing",
    summary: "Records by source and type, API requests by endpoint, and storage",
    description: "Owners and admins. Defaults to the current monthly period; storage is what is kept now.",
    query: accountUsageQuery,
    response: accountUsageDto,
  },
]);

