// GET /api/v1/search – full-text search · POST /api/v1/search – the same, with filters in a JSON body
import { searchEnvelope, searchQueryParams, searchRequestBody } from "@/lib/api/contracts/search";
import { withOrg } from "@/lib/api/handler";
import { parseQuery, readJson } from "@/lib/api/parse";
import { parseInput } from "@/lib/services/parse-input";
import { searchRecords } from "@/lib/services/search/search-records";

export const GET = withOrg(async ({ req, ctx }) => searchEnvelope(await searchRecords(ctx, parseQuery(req, searchQueryParams))));

export const POST = withOrg(async ({ req, ctx }) => searchEnvelope(await searchRecords(ctx, parseInput(searchRequestBody, await readJson(req)))));
