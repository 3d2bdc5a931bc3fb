// GET /api/v1/records/:id/audio – stream the recording, with HTTP Range for seeking
import { Readable } from "node:stream";
import { withOrg } from "@/lib/api/handler";
import { openRecordAudio } from "@/lib/services/records/open-record-audio";

export const GET = withOrg<{ id: string }>(async ({ req, ctx, params }) => {
  const audio = await openRecordAudio(ctx, params.id, req.headers.get("range"));
  const headers: Record<string, string> = {
    "Content-Type": audio.contentType,
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, max-age=3600",
  };
  if (audio.range) {
    headers["Content-Range"] = `bytes ${audio.range.start}-${audio.range.end}/${audio.size}`;
    headers["Content-Length"] = String(audio.range.end - audio.range.start + 1);
  } else {
    headers["Content-Length"] = String(audio.size);
  }
  const body = Readable.toWeb(audio.body) as ReadableStream<Uint8Array>;
  return new Response(body, { status: audio.range ? 206 : 200, headers });
});
