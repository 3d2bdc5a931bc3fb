import type { SchemaField } from "./schema-fields";
import { RequiredBadge, SchemaNotes, TypeLabel } from "./schema-details";

/** A nested list of an object's fields: name, type, required, notes; children indented below. */
/**
 * In a request "required" is what the caller must send; in a response every
 * field is present unless marked, so only the exceptions are labelled.
 */
export type FieldListMode = "request" | "response";

export function FieldList({ fields, mode }: { fields: SchemaField[]; mode: FieldListMode }) {
  if (fields.length === 0) return null;
  return (
    <ul role="list" className="divide-y divide-slate-100">
      {fields.map((field) => (
        <FieldItem key={field.path} field={field} mode={mode} />
      ))}
    </ul>
  );
}

function FieldItem({ field, mode }: { field: SchemaField; mode: FieldListMode }) {
  const nested = field.children.length > 0 || field.variants.length > 0;
  const showDefault = mode === "request";
  const hasNotes =
    Boolean(field.description) ||
    Boolean(field.enumValues?.length) ||
    field.constraints.length > 0 ||
    Boolean(field.examples?.length) ||
    (showDefault && field.defaultValue !== undefined);
  return (
    <li className="py-2.5">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <code className="font-mono text-sm font-semibold text-slate-900">{field.name}</code>
        <TypeLabel schema={field} />
        {mode === "request" ? (
          <RequiredBadge required={field.required} />
        ) : field.required ? null : (
          <span className="text-[11px] uppercase tracking-wide text-slate-400">may be absent</span>
        )}
      </div>
      {hasNotes ? (
        <div className="mt-1">
          <SchemaNotes schema={field} showDefault={showDefault} />
        </div>
      ) : null}
      {nested ? (
        <div className="mt-2 rounded-md border border-slate-200 bg-slate-50/60 px-3">
          {field.children.length > 0 ? (
            <>
              <p className="pt-2 text-xs font-medium text-slate-500">
                {childrenLabel(field)}
                {field.closed && mode === "request" ? " · other keys are refused" : ""}
              </p>
              <FieldList fields={field.children} mode={mode} />
            </>
          ) : null}
          {field.variants.map((variant) => (
            <div key={variant.label}>
              <p className="pt-2 text-xs font-medium text-slate-500">{variant.label}</p>
              <FieldList fields={variant.fields} mode={mode} />
            </div>
          ))}
        </div>
      ) : null}
    </li>
  );
}

function childrenLabel(field: SchemaField): string {
  if (field.type.endsWith("[]")) return `Each item of ${field.name}`;
  if (field.type.startsWith("record<")) return `Each value of ${field.name}`;
  return `Fields of ${field.name}`;
}
