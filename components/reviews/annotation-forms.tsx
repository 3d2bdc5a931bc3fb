"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { createAnnotationAction, updateAnnotationAction, type AnnotationSpan } from "@/app/(dashboard)/reviews/[analysisId]/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextareaField, TextField } from "@/components/ui/field";
import type { FormState } from "@/lib/dashboard/form-state";

export const LABEL_SUGGESTIONS = ["empathy", "compliance", "great save", "missed opportunity"] as const;

interface FieldsProps {
  idPrefix: string;
  label: string;
  onLabel: (value: string) => void;
  defaultComment: string;
  state: FormState;
}

function AnnotationFields({ idPrefix, label, onLabel, defaultComment, state }: FieldsProps) {
  const listId = `${idPrefix}-suggestions`;
  return (
    <>
      <TextField
        id={`${idPrefix}-label`}
        name="label"
        label="Label"
        value={label}
        onChange={(e) => onLabel(e.target.value)}
        list={listId}
        maxLength={60}
        autoComplete="off"
        autoFocus
        required
        errors={state.fields?.label}
      />
      <datalist id={listId}>
        {LABEL_SUGGESTIONS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <div role="group" aria-label="Suggested labels" className="-mt-1 flex flex-wrap gap-1">
        {LABEL_SUGGESTIONS.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={label === s}
            onClick={() => onLabel(s)}
            className="rounded-full px-2 py-0.5 text-xs text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 aria-pressed:bg-brand-50 aria-pressed:text-brand-700 aria-pressed:ring-brand-300"
          >
            {s}
          </button>
        ))}
      </div>
      <TextareaField
        id={`${idPrefix}-comment`}
        name="comment"
        label="Comment (optional)"
        rows={2}
        maxLength={2000}
        defaultValue={defaultComment}
        errors={state.fields?.comment}
      />
    </>
  );
}

/** Not every service complaint is about a field shown here (a span past the text); those go to the form's error. */
function otherErrors(state: FormState): string | undefined {
  const others = Object.entries(state.fields ?? {}).filter(([k]) => k !== "label" && k !== "comment");
  if (others.length === 0) return state.error;
  return `${state.error ?? ""} ${others.map(([k, m]) => `${k} ${m.join(", ")}`).join("; ")}`.trim();
}

function useSubmit(action: (prev: FormState, form: FormData) => Promise<FormState>, onDone: () => void) {
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action({}, data);
      if (result.ok) onDone();
      else setState(result);
    });
  }
  return { state, pending, onSubmit };
}

interface NewAnnotationFormProps {
  analysisId: string;
  span: AnnotationSpan;
  quote: string;
  onDone: () => void;
  onCancel: () => void;
}

/** Label and comment for the selected words; the server checks the span against the stored text. */
export function NewAnnotationForm({ analysisId, span, quote, onDone, onCancel }: NewAnnotationFormProps) {
  const id = useId();
  const [label, setLabel] = useState("");
  const { state, pending, onSubmit } = useSubmit(createAnnotationAction.bind(null, analysisId, span), onDone);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="New annotation">
      <p className="text-xs text-slate-500">
        Annotate <q className="line-clamp-2 text-slate-800 italic">{quote}</q>
      </p>
      <AnnotationFields idPrefix={id} label={label} onLabel={setLabel} defaultComment="" state={state} />
      <FormError message={otherErrors(state)} />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm" pending={pending} pendingLabel="Saving…">
          Save annotation
        </Button>
      </div>
    </form>
  );
}

interface EditAnnotationFormProps {
  analysisId: string;
  annotation: { id: string; label: string; comment: string };
  onDone: () => void;
  onCancel: () => void;
}

export function EditAnnotationForm({ analysisId, annotation, onDone, onCancel }: EditAnnotationFormProps) {
  const id = useId();
  const [label, setLabel] = useState(annotation.label);
  const { state, pending, onSubmit } = useSubmit(updateAnnotationAction.bind(null, analysisId, annotation.id), onDone);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Edit annotation ${annotation.label}`}>
      <AnnotationFields idPrefix={id} label={label} onLabel={setLabel} defaultComment={annotation.comment} state={state} />
      <FormError message={otherErrors(state)} />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm" pending={pending} pendingLabel="Saving…">
          Save changes
        </Button>
      </div>
    </form>
  );
}
