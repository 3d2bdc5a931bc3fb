import { z } from "zod";
import { analysisDto, analysisSummaryDto } from "../../services/analyses/analysis-dto";
import { ANALYSIS_SORT_FIELDS } from "../../services/analyses/list-analyses";
import { reanalyzeInput } from "../../services/analyses/reanalyze-record";
import { scorecardDto } from "../../services/scorecards/scorecard-dto";
import { scorecardDefinitionSchema } from "../../scoring/scorecard-schema";
import { dateRangeShape, listQuerySchema, paginationQuerySchema } from "../list-query";
import { previewScorecardInput } from "../../services/scorecards/preview-scorecard";
import { defineOperations } from "../openapi/operation";

const score = z.coerce.number("must be a number").min(0, "must be between 0 and 100").max(100, "must be between 0 and 100");

export const listAnalysesQuery = listQuerySchema(ANALYSIS_SORT_FIELDS, "createdAt", {
  projectId: z.string().min(1).max(64).optional(),
  recordId: z.string().min(1).max(64).optional(),
  complianceStatus: z.enum(["passed", "failed"]).optional(),
  minScore: score.optional().describe("Only analyses scoring at least this"),
  maxScore: score.optional().describe("Only analyses scoring at most this"),
}).refine((q) => q.minScore === undefined || q.maxScore === undefined || q.minScore <= q.maxScore, {
  message: "must not be above maxScore",
  path: ["minScore"],
});

export const scorecardQuery = z.strictObject({
  version: z.coerce.number("must be a number").int("must be a whole number").min(1, "must be 1 or more").optional(),
});

export const overviewQuery = z
  .strictObject({ ...dateRangeShape, projectId: z.string().min(1).max(64).optional() })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: "must not be after `to`", path: ["from"] });

const overviewDto = z.object({
  records: z.number().int(),
  analysedRecords: z.number().int(),
  averageQualityScore: z.number().nullable(),
  compliancePassRate: z.number().nullable().describe("0-1"),
  aiReviewerAgreement: z.number().nullable().describe("0-1; null before the first review"),
  scoreTrend: z.array(
    z.object({ date: z.string(), records: z.number().int(), averageQualityScore: z.number().nullable(), compliancePassRate: z.number().nullable() }),
  ),
  customerSentiment: z.object({ positive: z.number().int(), neutral: z.number().int(), negative: z.number().int() }),
  topKeyPhrases: z.array(z.object({ text: z.string(), records: z.number().int() })),
});

const previewDto = analysisDto.pick({ qualityScore: true, categories: true, complianceStatus: true, improvements: true, criteria: true });

export const analysisOperations = defineOperations([
  {
    method: "get",
    path: "/analyses",
    tag: "Analyses",
    summary: "List analyses",
    query: listAnalysesQuery,
    response: analysisSummaryDto,
    paginated: true,
  },
  {
    method: "get",
    path: "/analyses/{id}",
    tag: "Analyses",
    summary: "Get an analysis: score, categories, every criterion with evidence, summary, sentiment, key phrases",
    response: analysisDto,
    errors: [404],
  },
  {
    method: "post",
    path: "/analyses/{id}/re-analyze",
    tag: "Analyses",
    summary: "Analyse the record again, with the current or another scorecard version",
    description: "Asynchronous: answers 202 with the new analysis, pending. The old analysis stays; the record shows the newest completed one.",
    body: reanalyzeInput,
    response: analysisDto,
    successStatus: 202,
    errors: [402, 404, 409],
  },
  {
    method: "get",
    path: "/projects/{id}/scorecard",
    tag: "Scorecards",
    summary: "The project's current scorecard (or `?version=`)",
    query: scorecardQuery,
    response: scorecardDto,
    errors: [404],
  },
  {
    method: "put",
    path: "/projects/{id}/scorecard",
    tag: "Scorecards",
    summary: "Save the scorecard as a new version (201; 200 with the current version when nothing changed)",
    description:
      "Criteria in categories, each with a weight and one check: `phrase` (said or not said, by whom, when), `metric` (talk ratio, silence, monologue, overtalk, duration within bounds), `sentiment` (a rule on a speaker's mood) or `question` (answered by the LLM when configured, otherwise not evaluated). Earlier versions are kept.",
    body: scorecardDefinitionSchema,
    response: scorecardDto,
    successStatus: 201,
    errors: [403, 404],
  },
  {
    method: "post",
    path: "/projects/{id}/scorecard/preview",
    tag: "Scorecards",
    summary: "Score one record with an unsaved scorecard (for the editor's preview)",
    description: "Local checks only; question criteria are answered by the LLM when records are analysed, not here. Nothing is stored.",
    body: previewScorecardInput,
    response: previewDto,
    errors: [403, 404, 409],
  },
  {
    method: "get",
    path: "/analytics/overview",
    tag: "Analyses",
    summary: "Quality overview for a period: score, compliance, reviewer agreement, daily trend, customer sentiment, key phrases",
    query: overviewQuery,
    response: overviewDto,
  },
  {
    method: "get",
    path: "/projects/{id}/scorecard/versions",
    tag: "Scorecards",
    summary: "Every saved version, newest first",
    query: paginationQuerySchema,
    response: scorecardDto,
    paginated: true,
    errors: [404],
  },
]);
