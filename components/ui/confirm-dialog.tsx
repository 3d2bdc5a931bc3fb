"use client";

import { useId, useRef, type ReactNode } from "react";
import { Button, type ButtonSize, type ButtonVariant } from "./button";

interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  triggerLabel: string;
  /** Accessible name for the trigger when its visible text is ambiguous in a table ("Remove Ana"). */
  triggerAriaLabel?: string;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  pendingLabel?: string;
  onConfirm: () => void;
}

/**
 * Asks before something that cannot be undone. A native modal <dialog> gives
 * focus trapping, Escape to cancel and the backdrop without a library.
 */
export function ConfirmDialog({
  triggerLabel,
  triggerAriaLabel,
  triggerVariant = "danger",
  triggerSize = "md",
  title,
  description,
  confirmLabel,
  pending,
  pendingLabel,
  onConfirm,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  return (
    <>
      <Button
        variant={triggerVariant}
        size={triggerSize}
        aria-label={triggerAriaLabel}
        pending={pending}
        pendingLabel={pendingLabel}
        onClick={() => dialog.current?.showModal()}
      >
        {triggerLabel}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-full max-w-md rounded-lg bg-white p-0 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
      >
        <div className="px-6 pt-5 pb-4">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          <div id={descriptionId} className="mt-2 text-sm text-slate-600">
            {description}
          </div>
        </div>
        <div className="flex justify-end gap-3 rounded-b-lg bg-slate-50 px-6 py-3">
          <Button variant="secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
