"use client";

import { useState } from "react";
import { createAlertRuleAction, updateAlertRuleAction } from "@/app/(dashboard)/alerts/actions";
import { ChoiceGroup } from "@/components/projects/choice-group";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { SelectField, TextField, TextareaField } from "@/components/ui/field";
import { FormError, FormSuccess } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";
import { ALERT_FIELDS, FIELD_SPECS, KEYWORD_SPEAKERS, type AlertField, type AlertOperator } from "@/lib/alerts/condition";
import { FIELD_LABELS, OPERATOR_LABELS } from "@/lib/alerts/describe";
import { WINDOW_GROUPS, WINDOW_UNITS } from "@/lib/alerts/window";
import type { FormState } from "@/lib/dashboard/form-state";
import type { AlertRuleDto } from "@/lib/services/alerts/alert-rule-schemas";
import { errorsFor } from "./rule-form-values";

interface AlertRuleFormProps {
  projects: readonly { id: string; name: string }[];
  /** The rule being edited; a new one when absent. */
  rule?: AlertRuleDto;
  /** Criterion ids offered as suggestions (those of the default scorecard). */
  criterionIds: readonly string[];
}

const VALUE_HINTS: Partial<Record<AlertField, string>> = {
  qualityScore: "0 to 100.",
  customerSentimentScore: "From -1 (angry) to 1 (delighted), over the last third of the conversation.",
  customerSentiment: "The customer's mood over the last third of the conversation.",
  keyword: "A phrase; matched by word stems, so “cancel my subscription” also finds “cancelling my subscriptions”.",
  durationSeconds: "In seconds. Only calls have a duration.",
};

const SPEAKER_LABELS: Record<(typeof KEYWORD_SPEAKERS)[number], string> = { any: "Anyone", agent: "The agent", customer: "The customer" };
const PER_LABELS: Record<(typeof WINDOW_GROUPS)[number], string> = { agent: "Each agent", project: "Each project", organization: "The whole organization" };

/** Errors the form shows at an input; any others are listed at the top so none is lost. */
const PLACED = ["name", "projectId", "condition.field", "condition.operator", "condition.value", "condition.criterionId", "condition.speaker", "window.count", "window.within.amount", "window.within.unit", "window.per", "actions", "emailRecipients", "enabled"];

export function AlertRuleForm({ projects, rule, criterionIds }: AlertRuleFormProps) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState>(rule ? updateAlertRuleAction.bind(null, rule.id) : createAlertRuleAction, {});
  const initial = rule?.condition;
  const [field, setField] = useState<AlertField>(initial?.field ?? "qualityScore");
  const [operator, setOperator] = useState<AlertOperator>(initial?.operator ?? "lt");
  const [windowOn, setWindowOn] = useState(Boolean(rule?.window));
  const [emailOn, setEmailOn] = useState(rule?.actions.includes("email") ?? false);
  const spec = FIELD_SPECS[field];
  const f = state.fields;
  const unplaced = Object.entries(f ?? {})
    .filter(([key]) => !PLACED.some((p) => key === p || key.startsWith(`${p}.`)))
    .map(([key, messages]) => `${key === "_" ? "" : `${key}: `}${messages.join(" ")}`);
  // The stored value is the default only while the field is the one it was stored for.
  const storedValue = initial && initial.field === field ? String(initial.value) : "";
  const prefix = rule ? `rule-${rule.id}` : "new-rule";

  function chooseField(next: AlertField) {
    setField(next);
    const allowed = FIELD_SPECS[next].operators;
    if (!allowed.includes(operator)) setOperator(allowed[0]!);
  }

  return (
    <form key={rule?.updatedAt ?? "new"} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-label={rule ? "Edit alert rule" : "New alert rule"}>
      <FormError message={state.error} />
      {unplaced.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-red-700">
          {unplaced.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <FormSuccess message={state.message} />

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${prefix}-name`} name="name" label="Rule name" required maxLength={100} defaultValue={rule?.name} errors={errorsFor(f, "name")} />
        <SelectField
          id={`${prefix}-project`}
          name="projectId"
          label="Project"
          defaultValue={rule?.projectId ?? ""}
          options={[{ value: "", label: "All projects" }, ...projects.map((p) => ({ value: p.id, label: p.name }))]}
          errors={errorsFor(f, "projectId")}
        />
      </div>

      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Condition</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id={`${prefix}-field`}
            name="condition.field"
            label="Field"
            value={field}
            onChange={(e) => chooseField(e.target.value as AlertField)}
            options={ALERT_FIELDS.map((name) => ({ value: name, label: FIELD_LABELS[name] }))}
            errors={errorsFor(f, "condition.field")}
          />
          <SelectField
            id={`${prefix}-operator`}
            name="condition.operator"
            label="Operator"
            value={operator}
            onChange={(e) => setOperator(e.target.value as AlertOperator)}
            options={spec.operators.map((op) => ({ value: op, label: OPERATOR_LABELS[op] }))}
            errors={errorsFor(f, "condition.operator")}
          />
          {Array.isArray(spec.value) ? (
            <SelectField
              key={field}
              id={`${prefix}-value`}
              name="condition.value"
              label="Value"
              defaultValue={storedValue || undefined}
              hint={VALUE_HINTS[field]}
              options={(spec.value as readonly string[]).map((v) => ({ value: v, label: v.replace("_", " ") }))}
              errors={errorsFor(f, "condition.value")}
            />
          ) : (
            <TextField
              key={field}
              id={`${prefix}-value`}
              name="condition.value"
              label={field === "keyword" ? "Phrase" : "Value"}
              inputMode={spec.value === "number" ? "decimal" : undefined}
              defaultValue={storedValue}
              hint={VALUE_HINTS[field]}
              errors={errorsFor(f, "condition.value")}
            />
          )}
        </div>
        {field === "criterion" && (
          <>
            <TextField
              id={`${prefix}-criterion`}
              name="condition.criterionId"
              label="Criterion id"
              list={`${prefix}-criteria`}
              defaultValue={initial?.field === "criterion" ? initial.criterionId : ""}
              hint="The id of a criterion in the project's scorecard, e.g. recording-disclosure."
              errors={errorsFor(f, "condition.criterionId")}
            />
            <datalist id={`${prefix}-criteria`}>
              {criterionIds.map((id) => (
                <option key={id} value={id} />
              ))}
            </datalist>
          </>
        )}
        {field === "keyword" && (
          <SelectField
            id={`${prefix}-speaker`}
            name="condition.speaker"
            label="Said by"
            defaultValue={initial?.field === "keyword" ? (initial.speaker ?? "any") : "any"}
            options={KEYWORD_SPEAKERS.map((s) => ({ value: s, label: SPEAKER_LABELS[s] }))}
            errors={errorsFor(f, "condition.speaker")}
          />
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Window</legend>
        <CheckboxField
          id={`${prefix}-window`}
          name="window.enabled"
          label="Only after several matches"
          description="Raise one incident when enough records match within a period, e.g. 3 low scores for one agent in a day."
          checked={windowOn}
          onChange={(e) => setWindowOn(e.target.checked)}
        />
        <div hidden={!windowOn} className="grid gap-4 sm:grid-cols-4">
          <TextField id={`${prefix}-count`} name="window.count" label="Number of matches" inputMode="numeric" defaultValue={rule?.window?.count ?? 3} errors={errorsFor(f, "window.count")} />
          <TextField
            id={`${prefix}-amount`}
            name="window.within.amount"
            label="Within"
            inputMode="numeric"
            defaultValue={rule?.window?.within.amount ?? 1}
            errors={errorsFor(f, "window.within.amount")}
          />
          <SelectField
            id={`${prefix}-unit`}
            name="window.within.unit"
            label="Unit"
            defaultValue={rule?.window?.within.unit ?? "days"}
            options={WINDOW_UNITS.map((u) => ({ value: u, label: u }))}
            errors={errorsFor(f, "window.within.unit")}
          />
          <SelectField
            id={`${prefix}-per`}
            name="window.per"
            label="Counted for"
            defaultValue={rule?.window?.per ?? "agent"}
            options={WINDOW_GROUPS.map((g) => ({ value: g, label: PER_LABELS[g] }))}
            errors={errorsFor(f, "window.per")}
          />
        </div>
      </fieldset>

      <ChoiceGroup id={`${prefix}-actions`} legend="Actions" hint="Every incident is listed under Incidents; these also tell people." errors={errorsFor(f, "actions")}>
        <CheckboxField id={`${prefix}-action-webhook`} name="actions" value="webhook" label="Webhook" description="Sent to the organization's webhook endpoints." defaultChecked={rule?.actions.includes("webhook")} />
        <CheckboxField
          id={`${prefix}-action-email`}
          name="actions"
          value="email"
          label="Email"
          checked={emailOn}
          onChange={(e) => setEmailOn(e.target.checked)}
        />
        <div hidden={!emailOn} className="pl-7">
          <TextareaField
            id={`${prefix}-recipients`}
            name="emailRecipients"
            label="Email recipients"
            rows={2}
            defaultValue={rule?.emailRecipients?.join(", ") ?? ""}
            hint="Addresses separated by commas or new lines. Leave empty to write to the organization's owners and admins."
            errors={errorsFor(f, "emailRecipients")}
          />
        </div>
      </ChoiceGroup>

      <CheckboxField id={`${prefix}-enabled`} name="enabled" label="Enabled" description="Disabled rules are not evaluated." defaultChecked={rule?.enabled ?? true} />

      <div className="flex justify-end">
        <Button type="submit" pending={pending} pendingLabel={rule ? "Saving…" : "Creating…"}>
          {rule ? "Save rule" : "Create rule"}
        </Button>
      </div>
    </form>
  );
}
