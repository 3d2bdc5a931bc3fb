import { ALERT_FIELDS, FIELD_SPECS, type AlertField } from "@/lib/alerts/condition";

/** The form's inputs by name; a FormData satisfies it. */
export interface FormValues {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

function text(form: FormValues, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/** A number typed into a text box; anything else goes through as typed so the service names the field. */
function numberOrRaw(raw: string | undefined): number | string | undefined {
  const trimmed = raw?.trim();
  if (!trimmed) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

function isField(value: string | undefined): value is AlertField {
  return (ALERT_FIELDS as readonly string[]).includes(value ?? "");
}

/**
 * The alert rule form as the API's JSON body, so the dashboard is validated
 * by exactly the same schema: inputs are named like the body's paths
 * (`condition.value`, `window.within.amount`) and errors come back on them.
 */
export function ruleBodyFromForm(form: FormValues): Record<string, unknown> {
  const field = text(form, "condition.field");
  const rawValue = text(form, "condition.value");
  const value = isField(field) && FIELD_SPECS[field].value === "number" ? numberOrRaw(rawValue) : rawValue;
  const condition: Record<string, unknown> = { field, operator: text(form, "condition.operator"), value };
  if (field === "criterion") condition.criterionId = text(form, "condition.criterionId")?.trim();
  if (field === "keyword") {
    const speaker = text(form, "condition.speaker");
    if (speaker && speaker !== "any") condition.speaker = speaker;
  }

  const window =
    form.get("window.enabled") === "on"
      ? {
          count: numberOrRaw(text(form, "window.count")),
          within: { amount: numberOrRaw(text(form, "window.within.amount")), unit: text(form, "window.within.unit") },
          per: text(form, "window.per"),
        }
      : null;

  const recipients = (text(form, "emailRecipients") ?? "")
    .split(/[\s,;]+/)
    .map((r) => r.trim())
    .filter(Boolean);

  return {
    name: text(form, "name") ?? "",
    projectId: text(form, "projectId") || null,
    condition,
    window,
    actions: form.getAll("actions").filter((a): a is string => typeof a === "string"),
    // Empty: the organization's owners and admins.
    emailRecipients: recipients.length ? recipients : null,
    enabled: form.get("enabled") === "on",
  };
}

/** Field errors keyed like the body; a recipient's error belongs to the one recipients box. */
export function errorsFor(fields: Record<string, string[]> | undefined, path: string): string[] | undefined {
  if (!fields) return undefined;
  const messages = Object.entries(fields)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([key, list]) => (key === path ? list : list.map((m) => (path === "emailRecipients" ? `Address ${Number(key.split(".")[1]) + 1} ${m}` : m))));
  return messages.length ? messages : undefined;
}
