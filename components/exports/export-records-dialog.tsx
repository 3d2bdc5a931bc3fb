"use client";

import { useId, useRef } from "react";
import { createExportAction } from "@/app/(dashboard)/exports/actions";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { FieldError, FormError } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/dashboard/form-state";
import { FORMAT_LABELS, PARTS } from "./export-parts";

interface ExportRecordsDialogProps {
  /** The records list's current filters, as in its address bar; the export selects the same records. */
  filters: Record<string, string>;
  /** How the filters read, e.g. "Project Billing · completed". */
  filterSummary: string;
}

/** "Export" on the records list: pick a format and what goes in; the export runs in the background. */
export function ExportRecordsDialog({ filters, filterSummary }: ExportRecordsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { state, formAction, pending, onSubmit } = useFormAction<FormState>(createExportAction, {});
  const otherErrors = Object.entries(state.fields ?? {}).filter(([field]) => field !== "format");

  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()}>
        Export
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-lg rounded-lg bg-white p-0 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
      >
        <form action={formAction} onSubmit={onSubmit} noValidate>
          <div className="space-y-5 px-6 pt-5 pb-4">
            <div>
              <h2 id={titleId} className="text-base font-semibold text-slate-900">
                Export records
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                Records matching the current filters: <span className="font-medium text-slate-800">{filterSummary}</span>.
              </p>
            </div>
            <FormError message={state.error} />
            {otherErrors.map(([field, messages]) => (
              <FieldError key={field} id={`export-${field}-error`} label={field} messages={messages} />
            ))}
            {Object.entries(filters).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <fieldset aria-describedby={state.fields?.format ? "export-format-error" : undefined}>
              <legend className="text-sm font-medium text-slate-800">Format</legend>
              <div className="mt-2 flex flex-wrap gap-4">
                {(Object.keys(FORMAT_LABELS) as (keyof typeof FORMAT_LABELS)[]).map((format) => (
                  <label key={format} className="flex items-center gap-2 text-sm text-slate-700">
                    <input type="radio" name="format" value={format} defaultChecked={format === "csv"} className="accent-brand-600" />
                    {FORMAT_LABELS[format]}
                  </label>
                ))}
              </div>
              <FieldError id="export-format-error" label="Format" messages={state.fields?.format} />
            </fieldset>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Include</legend>
              <p className="text-sm text-slate-500">Title, date, type, agent, project, score and compliance are always in.</p>
              <div className="mt-3 space-y-3">
                {PARTS.map((p) => (
                  <CheckboxField key={p.part} id={`export-part-${p.part}`} name="include" value={p.part} label={p.label} description={p.description} defaultChecked={p.checked} />
                ))}
              </div>
            </fieldset>
          </div>
          <div className="flex justify-end gap-3 rounded-b-lg bg-slate-50 px-6 py-3">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Starting…">
              Start export
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
