import { z } from "zod";
import { EXPORT_FORMATS, EXPORT_STATUSES } from "../../../db/schema";
import { createExportInput, exportDto } from "../../services/exports/export-schemas";
import { EXPORT_SORT_FIELDS } from "../../services/exports/list-exports";
import { listQuerySchema } from "../list-query";
import { defineOperations } from "../openapi/operation";
import { deletedDto } from "./projects";

export const listExportsQuery = listQuerySchema(EXPORT_SORT_FIELDS, "createdAt", {
  format: z.enum(EXPORT_FORMATS).optional(),
  status: z.enum(EXPORT_STATUSES).optional(),
});

export const downloadExportQuery = z.strictObject({
  token: z.string().min(1, "is required").max(200).describe("The token from the export's downloadUrl"),
});

export const exportOperations = defineOperations([
  {
    method: "post",
    path: "/exports",
    tag: "Exports",
    summary: "Export records to a CSV, JSON or PDF file",
    description:
      "Asynchronous: answers 202 with the export, pending; poll GET /exports/{id} until it is completed and download its `downloadUrl`. " +
      "`filters` are those of GET /records; `include` picks the parts of each record (metadata, analysis, criteria, summary, transcript; default all but transcript). " +
      "Phone numbers are masked unless your role may read personal data. The file is deleted when `expiresAt` passes. A PDF holds at most EXPORT_PDF_MAX_RECORDS records (5000 by default).",
    body: createExportInput,
    response: exportDto,
    successStatus: 202,
  },
  {
    method: "get",
    path: "/exports",
    tag: "Exports",
    summary: "List your exports",
    description: "Only exports you asked for (with this user, or this API key), newest first.",
    query: listExportsQuery,
    response: exportDto,
    paginated: true,
  },
  {
    method: "get",
    path: "/exports/{id}",
    tag: "Exports",
    summary: "Get an export: status, size and, once written, a download link that expires",
    response: exportDto,
    errors: [404],
  },
  {
    method: "delete",
    path: "/exports/{id}",
    tag: "Exports",
    summary: "Delete an export and its file now",
    response: deletedDto,
    errors: [404],
  },
  {
    method: "get",
    path: "/exports/{id}/download",
    tag: "Exports",
    summary: "Download an export's file with the token from its downloadUrl",
    description:
      "Needs no other credentials: the signed token is the permission, until `downloadUrlExpiresAt`. 403 for a forged or expired token, 404 once the export has expired. Supports `Range: bytes=...`.",
    auth: "none",
    query: downloadExportQuery,
    binaryResponse: ["text/csv", "application/json", "application/pdf"],
    errors: [403, 404, 416, 429],
  },
]);
