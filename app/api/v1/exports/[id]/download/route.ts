// GET /api/v1/exports/:id/download?token=… – the export's file; the signed token is the only credential
import { Readable } from "node:stream";
import { downloadExportQuery } from "@/lib/api/contracts/exports";
import { withPublic } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/parse";
import { openExportDownload } from "@/lib/services/exports/open-export-download";

export const GET = withPublic<{ id: string }>(async ({ req, params, db }) => {
  const { token } = parseQuery(req, downloadExportQuery);
  const file = await openExportDownload(await db(), params.id, token, req.headers.get("range"));
  const headers: Record<string, string> = {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    "Accept-Ranges": "bytes",
    // The link is a credential: keep the file out of shared caches.
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (file.range) {
    headers["Content-Range"] = `bytes ${file.range.start}-${file.range.end}/${file.size}`;
    headers["Content-Length"] = String(file.range.end - file.range.start + 1);
  } else {
    headers["Content-Length"] = String(file.size);
  }
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, { status: file.range ? 206 : 200, headers });
});
