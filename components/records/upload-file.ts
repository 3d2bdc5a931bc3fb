import type { RecordDto } from "@/lib/services/records/record-schemas";

export interface UploadMetadata {
  title?: string;
  agentName?: string;
  customerPhone?: string;
  direction?: "inbound" | "outbound";
  agentChannel?: "left" | "right";
}

interface ApiError {
  error?: { code?: string; message?: string; details?: { fields?: Record<string, string[]> } };
}

/** The API's message, with field problems spelled out ("metadata.customerPhone must be …"). */
function messageOf(status: number, body: ApiError | null): string {
  const error = body?.error;
  const fields = Object.entries(error?.details?.fields ?? {}).map(([field, messages]) => `${field.replace(/^metadata\./, "")} ${messages.join(", ")}`);
  if (fields.length) return `${error?.message ?? "Invalid upload"}: ${fields.join("; ")}`;
  return error?.message ?? `The upload failed (HTTP ${status})`;
}

/**
 * Posts one file with XMLHttpRequest, because fetch cannot report upload
 * progress. The text fields go before the file so the server can refuse a bad
 * project or metadata before reading the audio.
 */
export function uploadFile(
  file: File,
  projectId: string,
  metadata: UploadMetadata,
  onProgress: (fraction: number) => void,
): { promise: Promise<RecordDto>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<RecordDto>((resolve, reject) => {
    const form = new FormData();
    form.append("projectId", projectId);
    form.append("metadata", JSON.stringify(metadata));
    form.append("file", file, file.name);
    xhr.open("POST", "/api/v1/records/upload");
    xhr.responseType = "json";
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as ({ data?: RecordDto } & ApiError) | null;
      if (xhr.status === 201 || xhr.status === 200) {
        if (body?.data) return resolve(body.data);
      }
      reject(new Error(messageOf(xhr.status, body)));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted: check the connection and try again"));
    xhr.onabort = () => reject(new Error("Upload cancelled"));
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}

const AUDIO_EXTENSIONS = ["wav", "mp3", "ogg", "oga", "opus", "flac", "m4a", "mp4", "aac"];
const MAX_BYTES = 500 * 1_048_576;

/** A hint before sending; the server reads the bytes and has the final word. */
export function precheck(file: File): string | null {
  const extension = file.name.split(".").pop()?.toLowerCase() ?? "";
  if (!AUDIO_EXTENSIONS.includes(extension)) return "This does not look like an audio file (WAV, MP3, OGG, FLAC or M4A); the server will check.";
  if (file.size > MAX_BYTES) return "This file is larger than 500 MB and will probably be refused.";
  return null;
}
