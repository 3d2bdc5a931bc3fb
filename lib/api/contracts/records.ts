import { z } from "zod";
import { createRecordInput } from "../../services/records/create-record-input";
import { recordFilterShape } from "../../services/records/record-filters";
import { RECORD_SORT_FIELDS, recordDto } from "../../services/records/record-schemas";
import { listQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";
import { deletedDto } from "./projects";

export const listRecordsQuery = listQuerySchema(RECORD_SORT_FIELDS, "createdAt", recordFilterShape);

const wordDto = z.object({ word: z.string(), startMs: z.number(), endMs: z.number(), confidence: z.number().optional() });
export const transcriptDto = z.object({
  recordId: z.string(),
  provider: z.string().describe("The speech-to-text provider, or `client` when the transcript came with the record"),
  segments: z.array(
    z.object({ speaker: z.string(), startMs: z.number(), endMs: z.number(), text: z.string(), words: z.array(wordDto) }),
  ),
  text: z.string(),
  talkMetrics: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.iso.datetime(),
});

export const recordOperations = defineOperations([
  {
    method: "get",
    path: "/records",
    tag: "Records",
    summary: "List records",
    query: listRecordsQuery,
    response: recordDto,
    paginated: true,
  },
  {
    method: "post",
    path: "/records",
    tag: "Records",
    summary: "Create a chat, email or call record from JSON",
    description:
      "A chat or email is `messages` (speaker, text, sentAt) or plain `content`; a call comes with the transcript you already have. These skip speech-to-text. 201 for a new record; 200 with the existing record when `externalId` was seen before.",
    body: createRecordInput,
    response: recordDto,
    successStatus: 201,
    errors: [402, 404],
  },
  {
    method: "post",
    path: "/records/upload",
    tag: "Records",
    summary: "Upload a call recording",
    description:
      "multipart/form-data with `projectId`, optional `metadata` (JSON: title, agentName, customerPhone, direction, externalId, language, agentChannel `left`/`right`, custom) and `file`: WAV, MP3, OGG, FLAC or M4A, recognised from its bytes, up to 500 MB. Send the text fields before the file to be refused before it is read. Answers with the pending record; poll it or wait for the record.completed webhook.",
    multipart: {
      type: "object",
      required: ["projectId", "file"],
      properties: {
        projectId: { type: "string" },
        metadata: { type: "string", description: "A JSON object, see the description" },
        file: { type: "string", contentMediaType: "application/octet-stream" },
      },
    },
    response: recordDto,
    successStatus: 201,
    errors: [402, 404, 413, 415],
  },
  { method: "get", path: "/records/{id}", tag: "Records", summary: "Get a record", response: recordDto, errors: [404] },
  {
    method: "get",
    path: "/records/{id}/audio",
    tag: "Records",
    summary: "Stream the recording",
    description: "Supports `Range: bytes=...` for seeking (206 Partial Content; 416 outside the file).",
    binaryResponse: "audio/*",
    errors: [404, 416],
  },
  {
    method: "post",
    path: "/records/{id}/retry",
    tag: "Records",
    summary: "Process a failed record again",
    description: "409 unless the record failed.",
    response: recordDto,
    errors: [402, 404, 409],
  },
  {
    method: "delete",
    path: "/records/{id}",
    tag: "Records",
    summary: "Delete a record, its transcript and its stored audio",
    response: deletedDto,
    errors: [404],
  },
  {
    method: "get",
    path: "/records/{id}/transcript",
    tag: "Records",
    summary: "Get a record's transcript: speaker turns with times in ms and word timings",
    description: "404 with the record's status while it is still processing or when processing failed.",
    response: transcriptDto,
    errors: [404],
  },
]);
