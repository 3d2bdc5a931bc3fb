import { z } from "zod";
import { analysisSummaryDto } from "../../services/analyses/analysis-dto";
import { annotationDto, createAnnotationInput, updateAnnotationInput } from "../../services/reviews/annotation-schemas";
import { reviewDto, reviewWithHistoryDto, submitReviewInput } from "../../services/reviews/review-schemas";
import { paginationShape } from "../list-query";
import { defineOperations } from "../openapi/operation";

export const reviewQueueQuery = z.strictObject({ ...paginationShape, projectId: z.string().min(1).max(64).optional() });

const queueItemDto = analysisSummaryDto.extend({
  agentName: z.string().nullable(),
  recordTitle: z.string().nullable(),
  recordType: z.string(),
});

export const reviewOperations = defineOperations([
  {
    method: "get",
    path: "/analyses/{id}/annotations",
    tag: "Reviews",
    summary: "List the annotations of an analysis, in transcript order",
    response: z.array(annotationDto),
    errors: [404],
  },
  {
    method: "post",
    path: "/analyses/{id}/annotations",
    tag: "Reviews",
    summary: "Annotate a span of the transcript",
    description: "A span of one segment by character offsets of its text (`charStart`, `charEnd`) or by time (`startMs`, `endMs`), with a label and a comment.",
    body: createAnnotationInput,
    response: annotationDto,
    successStatus: 201,
    errors: [403, 404],
  },
  {
    method: "patch",
    path: "/analyses/{id}/annotations/{annotationId}",
    tag: "Reviews",
    summary: "Change your annotation's label or comment",
    body: updateAnnotationInput,
    response: annotationDto,
    errors: [403, 404],
  },
  {
    method: "delete",
    path: "/analyses/{id}/annotations/{annotationId}",
    tag: "Reviews",
    summary: "Delete your annotation",
    response: z.object({ id: z.string(), deleted: z.literal(true) }),
    errors: [403, 404],
  },
  {
    method: "get",
    path: "/analyses/{id}/review",
    tag: "Reviews",
    summary: "The QA review of an analysis, with its history",
    response: reviewWithHistoryDto,
    errors: [404],
  },
  {
    method: "post",
    path: "/analyses/{id}/review",
    tag: "Reviews",
    summary: "Submit (or save a draft of) a QA review",
    description:
      "The reviewer's result for each criterion (`passed`, `failed`, `not_applicable`). A submitted review answers every criterion; a draft may answer some. The score is recomputed with the scorecard's weights; earlier reviews are kept as history.",
    body: submitReviewInput,
    response: reviewDto,
    successStatus: 201,
    errors: [403, 404, 409],
  },
  {
    method: "get",
    path: "/reviews/queue",
    tag: "Reviews",
    summary: "Analyses waiting for review: failed compliance first, then the lowest scores",
    query: reviewQueueQuery,
    response: queueItemDto,
    paginated: true,
    errors: [403],
  },
]);
