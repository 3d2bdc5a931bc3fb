"use client";

import { useId, useState, type DragEvent } from "react";
import { cn } from "@/components/ui/cn";

interface DropZoneProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}

/**
 * Drop files here, or use the real file input inside it: the input stays in
 * the tab order (visually hidden), so keyboard and screen-reader users get the
 * browser's own picker, and the whole zone is its label.
 */
export function DropZone({ onFiles, disabled = false }: DropZoneProps) {
  const id = useId();
  const [over, setOver] = useState(false);

  function drop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles(Array.from(event.dataTransfer.files));
  }

  return (
    <label
      htmlFor={id}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={cn(
        "flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed px-6 py-10 text-center transition-colors",
        "has-[input:focus-visible]:border-brand-500 has-[input:focus-visible]:ring-2 has-[input:focus-visible]:ring-brand-500/30",
        over ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50 hover:border-slate-400",
        disabled && "cursor-not-allowed opacity-60",
      )}
    >
      <svg viewBox="0 0 24 24" className="size-8 text-slate-400" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
        <path strokeLinecap="round" strokeLinejoin="round" d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" />
      </svg>
      <span className="text-sm font-medium text-slate-800">Drop recordings here, or click to choose files</span>
      <span className="text-xs text-slate-500">WAV, MP3, OGG, FLAC or M4A, up to 500 MB each. Several at once are fine.</span>
      <input
        id={id}
        type="file"
        multiple
        accept="audio/*,.wav,.mp3,.ogg,.flac,.m4a"
        aria-label="Choose audio files"
        disabled={disabled}
        className="sr-only"
        onChange={(event) => {
          onFiles(Array.from(event.currentTarget.files ?? []));
          // Clearing lets the same file be chosen again after a failed attempt.
          event.currentTarget.value = "";
        }}
      />
    </label>
  );
}
