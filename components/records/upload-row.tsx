"use client";

import Link from "next/link";
import type { RecordDto } from "@/lib/services/records/record-schemas";
import { LiveStatus } from "./live-status";

export interface UploadItem {
  key: string;
  file: File;
  hint: string | null;
  phase: "queued" | "uploading" | "uploaded" | "error";
  progress: number;
  record?: RecordDto;
  error?: string;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1_048_576) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** One file: its progress while sending, then the record's live status, or why it was refused. */
export function UploadRow({ item, onRemove }: { item: UploadItem; onRemove: () => void }) {
  const percent = Math.round(item.progress * 100);
  return (
    <li className="px-5 py-4" data-upload={item.file.name} data-phase={item.phase}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate text-sm font-medium text-slate-900">{item.file.name}</p>
          <p className="text-xs text-slate-500">{formatSize(item.file.size)}</p>
        </div>
        <div className="flex items-center gap-3">
          {item.phase === "queued" && (
            <>
              <span className="text-sm text-slate-500">Ready to upload</span>
              <button type="button" onClick={onRemove} className="text-sm text-slate-500 underline hover:text-slate-800" aria-label={`Remove ${item.file.name}`}>
                Remove
              </button>
            </>
          )}
          {item.phase === "uploading" && <span className="text-sm text-slate-600 tabular-nums">Uploading {percent}%</span>}
          {item.record && (
            <>
              <LiveStatus record={item.record} />
              <Link href={`/records/${item.record.id}`} className="text-sm font-medium text-brand-700 hover:text-brand-800">
                Open record
              </Link>
            </>
          )}
        </div>
      </div>
      {(item.phase === "uploading" || item.phase === "uploaded") && (
        <div
          role="progressbar"
          aria-label={`Upload of ${item.file.name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100"
        >
          <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      )}
      {item.hint && item.phase === "queued" && <p className="mt-2 text-xs text-amber-700">{item.hint}</p>}
      {item.error && (
        <p role="alert" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset">
          {item.error}
        </p>
      )}
    </li>
  );
}
