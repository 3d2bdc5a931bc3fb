"use client";

import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { deleteAnnotationAction } from "@/app/(dashboard)/reviews/[analysisId]/actions";
import { useTranscriptNavigation } from "@/components/analysis/transcript-navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { formatDateTime } from "@/components/ui/format";
import { EditAnnotationForm, NewAnnotationForm } from "./annotation-forms";
import type { AnnotationView } from "./annotation-view";
import { classifySelection, textOffsetWithin, trimSpan, type CharSpan, type SegmentSlice } from "./selection-offsets";

type Popover =
  | { kind: "new"; segmentIndex: number; span: CharSpan; quote: string; anchor: () => DOMRect | null }
  | { kind: "view"; id: string; pinned: boolean; anchor: () => DOMRect | null }
  | { kind: "hint"; message: string; anchor: () => DOMRect | null };

interface AnnotatableTranscriptProps {
  /** The analysis annotations belong to; null shows nothing to annotate. */
  analysisId: string | null;
  recordId: string;
  /** Reviewers select text to annotate; everyone else only reads the annotations. */
  canAnnotate: boolean;
  children: ReactNode;
}

const SEGMENT_TEXT = "[data-segment-text]";
const GAP = 6;
const MARGIN = 8;

function segmentTexts(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(SEGMENT_TEXT));
}

/** The part of each segment's text a range covers, in characters of that text. */
function slicesOf(root: HTMLElement, range: Range): SegmentSlice[] {
  return segmentTexts(root)
    .filter((el) => range.intersectsNode(el))
    .map((el) => {
      const text = el.textContent ?? "";
      const start = el.contains(range.startContainer) ? (textOffsetWithin(el, range.startContainer, range.startOffset) ?? 0) : 0;
      const end = el.contains(range.endContainer) ? (textOffsetWithin(el, range.endContainer, range.endOffset) ?? text.length) : text.length;
      return { segmentIndex: Number(el.dataset.segmentText), start, end, text };
    });
}

/**
 * Annotating the transcript inside it: select words in one turn (or use a
 * turn's "Annotate" button) to label them; hover or click a highlight (or its
 * chip under the turn) to read the label, comment and author, and for the
 * author to edit or delete it. The popover is fixed to the viewport so the
 * card's clipping and the transcript's scrolling cannot cut it off.
 */
export function AnnotatableTranscript({ analysisId, recordId, canAnnotate, children }: AnnotatableTranscriptProps) {
  const { annotations } = useTranscriptNavigation();
  const root = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const closeTimer = useRef<number | undefined>(undefined);
  // The control that opened a popover gets the focus back when it closes (keyboard users stay where they were).
  const opener = useRef<HTMLElement | null>(null);
  const [popover, setPopover] = useState<Popover | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const writable = canAnnotate && analysisId !== null;

  const close = useCallback((restoreFocus = true) => {
    window.clearTimeout(closeTimer.current);
    setPopover(null);
    const active = document.activeElement;
    if (restoreFocus && opener.current?.isConnected && (!active || active === document.body || box.current?.contains(active))) opener.current.focus();
    opener.current = null;
  }, []);
  const dismiss = useCallback(() => close(), [close]);

  const open = useCallback((next: Popover, from: HTMLElement | null) => {
    window.clearTimeout(closeTimer.current);
    opener.current = from;
    setPopover(next);
  }, []);

  // Keeps the popover next to what it points at while the page or transcript scrolls.
  useLayoutEffect(() => {
    const el = box.current;
    if (!popover || !el) return;
    const place = () => {
      const rect = popover.anchor();
      if (!rect) return;
      const height = el.offsetHeight;
      const width = el.offsetWidth;
      const below = rect.bottom + GAP;
      const top = below + height <= window.innerHeight - MARGIN || rect.top - GAP - height < MARGIN ? below : rect.top - GAP - height;
      el.style.top = `${Math.max(MARGIN, Math.min(top, window.innerHeight - height - MARGIN))}px`;
      el.style.left = `${Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN))}px`;
    };
    place();
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [popover]);

  // A click anywhere else closes it; Escape too.
  useEffect(() => {
    if (!popover) return;
    const onPointer = (event: PointerEvent) => {
      if (box.current?.contains(event.target as Node)) return;
      if (popover.kind === "view" && (event.target as Element).closest?.(`[data-annotation-id="${popover.id}"]`)) return;
      // Clicking elsewhere moves on: the focus goes where the person clicked, not back.
      close(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    document.addEventListener("pointerdown", onPointer, true);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer, true);
      document.removeEventListener("keydown", onKey);
    };
  }, [popover, close]);

  useEffect(() => () => window.clearTimeout(closeTimer.current), []);

  function readSelection() {
    const container = root.current;
    const selection = window.getSelection();
    if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!container.contains(range.commonAncestorContainer) && !container.contains(range.startContainer)) return;
    const outcome = classifySelection(slicesOf(container, range));
    const copy = range.cloneRange();
    const anchor = () => copy.getBoundingClientRect();
    if (outcome.kind === "several") {
      open({ kind: "hint", message: "An annotation covers words of one turn: select within a single turn.", anchor }, null);
      setAnnouncement("Select words within a single turn to annotate them.");
    } else if (outcome.kind === "span") {
      open({ kind: "new", segmentIndex: outcome.segmentIndex, span: outcome.span, quote: outcome.quote, anchor }, null);
    }
  }

  function annotateTurn(button: HTMLElement) {
    const index = Number(button.dataset.annotateSegment);
    const el = root.current?.querySelector<HTMLElement>(`[data-segment-text="${index}"]`);
    if (!el) return;
    const text = el.textContent ?? "";
    // A selection inside this turn is what the button annotates; otherwise the whole turn.
    const selection = window.getSelection();
    let span = trimSpan(text, 0, text.length);
    if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
      const slice = slicesOf(el.parentElement ?? el, selection.getRangeAt(0)).find((s) => s.segmentIndex === index);
      if (slice) span = trimSpan(text, slice.start, slice.end) ?? span;
    }
    if (!span) return;
    open({ kind: "new", segmentIndex: index, span, quote: text.slice(span.charStart, span.charEnd), anchor: () => el.getBoundingClientRect() }, button);
  }

  function anchorOf(id: string, el: HTMLElement) {
    return () => (el.isConnected ? el : root.current?.querySelector<HTMLElement>(`[data-annotation-id="${id}"]`))?.getBoundingClientRect() ?? null;
  }

  const current = popover?.kind === "view" ? annotations.find((a) => a.id === popover.id) : undefined;

  return (
    <div
      ref={root}
      onMouseUp={(event) => {
        if (!writable || box.current?.contains(event.target as Node)) return;
        // After the browser has settled the selection.
        window.setTimeout(readSelection, 0);
      }}
      onClick={(event) => {
        const target = event.target as HTMLElement;
        if (box.current?.contains(target)) return;
        const annotate = target.closest<HTMLElement>("[data-annotate-segment]");
        if (annotate) {
          if (writable) annotateTurn(annotate);
          return;
        }
        const marked = target.closest<HTMLElement>("[data-annotation-id]");
        const selection = window.getSelection();
        if (marked && (!selection || selection.isCollapsed)) {
          const id = marked.dataset.annotationId!;
          open({ kind: "view", id, pinned: true, anchor: anchorOf(id, marked) }, marked);
        }
      }}
      onMouseOver={(event) => {
        const marked = (event.target as HTMLElement).closest<HTMLElement>("mark[data-annotation-id]");
        if (!marked || (popover && !(popover.kind === "view" && !popover.pinned))) return;
        window.clearTimeout(closeTimer.current);
        const id = marked.dataset.annotationId!;
        if (popover?.kind === "view" && popover.id === id) return;
        open({ kind: "view", id, pinned: false, anchor: anchorOf(id, marked) }, null);
      }}
      onMouseOut={(event) => {
        if (popover?.kind !== "view" || popover.pinned) return;
        if (!(event.target as HTMLElement).closest("mark[data-annotation-id]")) return;
        closeTimer.current = window.setTimeout(() => close(false), 250);
      }}
    >
      {children}
      <p className="sr-only" role="status">
        {announcement}
      </p>
      {popover && (
        <div
          ref={box}
          role={popover.kind === "hint" ? "status" : "dialog"}
          aria-label={popover.kind === "new" ? "New annotation" : popover.kind === "view" ? `Annotation: ${current?.label ?? ""}` : undefined}
          onMouseEnter={() => window.clearTimeout(closeTimer.current)}
          onMouseLeave={() => {
            if (popover.kind === "view" && !popover.pinned) closeTimer.current = window.setTimeout(() => close(false), 250);
          }}
          className="fixed z-40 w-80 max-w-[calc(100vw-1rem)] rounded-lg bg-white p-4 text-sm shadow-xl ring-1 ring-slate-200"
          style={{ top: -9999, left: -9999 }}
          data-popover={popover.kind}
        >
          {popover.kind === "hint" && <p className="text-slate-700">{popover.message}</p>}
          {popover.kind === "new" && analysisId && (
            <NewAnnotationForm
              analysisId={analysisId}
              span={{ segmentIndex: popover.segmentIndex, ...popover.span }}
              quote={popover.quote}
              onCancel={dismiss}
              onDone={() => {
                window.getSelection()?.removeAllRanges();
                setAnnouncement("Annotation saved.");
                close();
              }}
            />
          )}
          {popover.kind === "view" &&
            (current ? (
              <AnnotationCard
                key={current.id + current.updatedAt}
                annotation={current}
                analysisId={analysisId}
                recordId={recordId}
                canEdit={writable && current.mine}
                autoFocus={popover.pinned}
                onClose={dismiss}
                onDeleted={() => {
                  setAnnouncement("Annotation deleted.");
                  close();
                }}
              />
            ) : (
              <p className="text-slate-500">This annotation is no longer there.</p>
            ))}
        </div>
      )}
    </div>
  );
}

interface AnnotationCardProps {
  annotation: AnnotationView;
  analysisId: string | null;
  recordId: string;
  canEdit: boolean;
  autoFocus: boolean;
  onClose: () => void;
  onDeleted: () => void;
}

function AnnotationCard({ annotation, analysisId, recordId, canEdit, autoFocus, onClose, onDeleted }: AnnotationCardProps) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);

  if (editing && analysisId) {
    return <EditAnnotationForm analysisId={analysisId} annotation={annotation} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />;
  }
  const edited = annotation.updatedAt !== annotation.createdAt;
  return (
    <div className="space-y-2" data-annotation-card={annotation.id}>
      <div className="flex items-start justify-between gap-3">
        <h3 ref={heading} tabIndex={-1} className="inline-flex items-center gap-1 rounded-full bg-yellow-50 px-2 py-0.5 text-sm font-semibold text-yellow-900 ring-1 ring-yellow-300 ring-inset focus:outline-none">
          {annotation.label}
        </h3>
        <button type="button" onClick={onClose} className="rounded p-0.5 text-slate-400 hover:text-slate-700" aria-label="Close annotation">
          <svg viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" aria-hidden="true">
            <path d="m4 4 8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      <p className="line-clamp-3 text-slate-600 italic">“{annotation.quote}”</p>
      {annotation.comment ? <p className="whitespace-pre-wrap text-slate-800">{annotation.comment}</p> : <p className="text-slate-400">No comment.</p>}
      <p className="text-xs text-slate-500">
        {annotation.authorName} · <time dateTime={annotation.createdAt}>{formatDateTime(annotation.createdAt)}</time>
        {edited && " · edited"}
      </p>
      <FormError message={error} />
      {canEdit && analysisId && (
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <ConfirmDialog
            triggerLabel="Delete"
            triggerVariant="secondary"
            triggerSize="sm"
            triggerAriaLabel={`Delete annotation ${annotation.label}`}
            title={`Delete the annotation “${annotation.label}”?`}
            description="It is removed for everyone reviewing this conversation."
            confirmLabel="Delete annotation"
            pending={deleting}
            pendingLabel="Deleting…"
            onConfirm={() => {
              setDeleting(true);
              startTransition(async () => {
                const result = await deleteAnnotationAction(analysisId, annotation.id, recordId);
                setDeleting(false);
                if (result.ok) onDeleted();
                else setError(result.error);
              });
            }}
          />
        </div>
      )}
    </div>
  );
}
