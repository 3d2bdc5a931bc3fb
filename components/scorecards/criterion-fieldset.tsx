"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { SelectField, TextField, TextareaField } from "@/components/ui/field";
import { FieldError } from "@/components/ui/form-error";
import { CONVERSATION_TYPES, type ConversationType } from "@/lib/scoring/scorecard-schema";
import { CheckFields } from "./check-fields";
import { criterionFieldKey, type CategoryDraft, type CriterionDraft, type CriterionField, type FieldErrors } from "./scorecard-draft";

interface CriterionFieldsetProps {
  criterion: CriterionDraft;
  index: number;
  count: number;
  categories: readonly CategoryDraft[];
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (patch: Partial<CriterionDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** Ids of a criterion's controls, so the editor can move focus to them. */
export const criterionControlId = (key: string, control: string) => `crit-${key}-${control}`;

export function CriterionFieldset({ criterion: c, index, count, categories, errors, readOnly, onChange, onMove, onRemove }: CriterionFieldsetProps) {
  const id = (control: string) => criterionControlId(c.key, control);
  const errorsOf = (field: CriterionField) => errors[criterionFieldKey(c.key, field)];
  const label = c.name.trim() || "Unnamed criterion";
  const position = `criterion ${index + 1}`;

  return (
    <fieldset data-criterion={c.id || "new"} className="rounded-lg px-4 pt-2 pb-4 ring-1 ring-slate-200">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        Criterion {index + 1}: {label}
      </legend>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
          <span>
            ID {c.id ? <span className="font-mono">{c.id}</span> : <span className="italic">made from the name when saved</span>}
          </span>
          {c.compliance && <Badge tone="warning">Compliance</Badge>}
        </div>
        {!readOnly && (
          <div className="flex gap-1">
            <Button id={id("up")} variant="ghost" size="sm" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move ${position} up`}>
              <span aria-hidden="true">↑</span> Up
            </Button>
            <Button
              id={id("down")}
              variant="ghost"
              size="sm"
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              aria-label={`Move ${position} down`}
            >
              <span aria-hidden="true">↓</span> Down
            </Button>
            <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${position}: ${label}`} className="text-red-700 hover:bg-red-50 hover:text-red-800">
              Remove
            </Button>
          </div>
        )}
      </div>
      <FieldError id={id("error")} label={label} messages={[...(errorsOf("_") ?? []), ...(errorsOf("compliance") ?? [])]} />
      <div className="grid gap-4 sm:grid-cols-6">
        <TextField
          id={id("name")}
          label="Name"
          value={c.name}
          maxLength={120}
          onChange={(e) => onChange({ name: e.target.value })}
          errors={errorsOf("name")}
          fieldClassName="sm:col-span-6"
        />
        <SelectField
          id={id("category")}
          label="Category"
          value={c.category}
          onChange={(e) => onChange({ category: e.target.value })}
          options={categories.map((cat) => ({ value: cat.id, label: cat.name.trim() || cat.id }))}
          errors={errorsOf("category")}
          fieldClassName="sm:col-span-3"
        />
        <TextField
          id={id("weight")}
          label="Weight"
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          max={100}
          value={c.weight}
          onChange={(e) => onChange({ weight: e.target.value })}
          hint="Relative importance, above 0 and up to 100."
          errors={errorsOf("weight")}
          fieldClassName="sm:col-span-3"
        />
        <CheckboxField
          id={id("compliance")}
          label="Compliance criterion"
          description="Failing it fails compliance for the whole conversation, whatever the score."
          checked={c.compliance}
          onChange={(e) => onChange({ compliance: e.target.checked })}
          className="sm:col-span-6"
        />
        <fieldset className="sm:col-span-6">
          <legend className="text-sm font-medium text-slate-900">Applies to</legend>
          <p className="text-sm text-slate-600">Leave all ticked or none for every kind of conversation; others are marked not applicable.</p>
          <div className="mt-2 flex flex-wrap gap-4">
            {CONVERSATION_TYPES.map((type) => (
              <CheckboxField
                key={type}
                id={id(`applies-${type}`)}
                label={APPLIES_LABELS[type]}
                checked={c.appliesTo.length === 0 || c.appliesTo.includes(type)}
                onChange={(e) => onChange({ appliesTo: toggleType(c.appliesTo, type, e.target.checked) })}
              />
            ))}
          </div>
          <FieldError id={id("appliesTo-error")} label="Applies to" messages={errorsOf("appliesTo") ?? []} />
        </fieldset>
        <fieldset className="sm:col-span-6">
          <legend className="text-sm font-medium text-slate-900">Required only when</legend>
          <p className="text-sm text-slate-600">
            Where these do not hold, a failure is marked not applicable and left out of the score; a pass always counts.
          </p>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            <CheckboxField
              id={id("required-negative")}
              label="The customer was negative at some point"
              description="For empathy and apologies: a routine request has nothing to acknowledge."
              checked={c.required.customerNegative}
              onChange={(e) => onChange({ required: { ...c.required, customerNegative: e.target.checked } })}
            />
            <TextField
              id={id("required-min-call")}
              label="The call lasted at least (seconds)"
              type="number"
              inputMode="decimal"
              min={1}
              max={86400}
              value={c.required.minCallSeconds}
              onChange={(e) => onChange({ required: { ...c.required, minCallSeconds: e.target.value } })}
              hint="Calls only; empty for any length. A wrong number or a dropped call has nothing to verify."
              errors={[...(errorsOf("requiredWhen") ?? []), ...(errorsOf("requiredWhen.minCallSeconds") ?? [])]}
            />
          </div>
        </fieldset>
        <TextareaField
          id={id("description")}
          label="Description (optional)"
          rows={2}
          maxLength={500}
          value={c.description}
          onChange={(e) => onChange({ description: e.target.value })}
          errors={errorsOf("description")}
          fieldClassName="sm:col-span-3"
        />
        <TextareaField
          id={id("improvement")}
          label="Advice when it fails (optional)"
          rows={2}
          maxLength={300}
          value={c.improvement}
          onChange={(e) => onChange({ improvement: e.target.value })}
          hint="Shown to the agent; written from the check when empty."
          errors={errorsOf("improvement")}
          fieldClassName="sm:col-span-3"
        />
      </div>
      <div className="mt-4">
        <CheckFields idPrefix={id("check")} criterion={c} errorsOf={errorsOf} onChange={onChange} />
      </div>
    </fieldset>
  );
}

const APPLIES_LABELS: Record<ConversationType, string> = { call: "Calls", chat: "Chats", email: "Emails" };

/** Unticking one of "all" (stored as none) keeps the other two; ticking the last makes it "all" again. */
function toggleType(current: readonly ConversationType[], type: ConversationType, on: boolean): ConversationType[] {
  const all = current.length === 0 ? [...CONVERSATION_TYPES] : [...current];
  const next = on ? [...new Set([...all, type])] : all.filter((t) => t !== type);
  return next.length === CONVERSATION_TYPES.length ? [] : CONVERSATION_TYPES.filter((t) => next.includes(t));
}
