import type { SchemaSummary } from "./schema-fields";
import { Code, InlineCode } from "./inline-code";

/** `string`, `integer | null`, `string<date-time>`: the type as a developer reads it. */
export function TypeLabel({ schema }: { schema: SchemaSummary }) {
  return (
    <span className="font-mono text-xs text-violet-700">
      {schema.type}
      {schema.format ? <span className="text-violet-500">{`<${schema.format}>`}</span> : null}
      {schema.nullable ? <span className="text-slate-500"> | null</span> : null}
    </span>
  );
}

export function RequiredBadge({ required }: { required: boolean }) {
  return required ? (
    <span className="text-[11px] font-semibold uppercase tracking-wide text-rose-600">required</span>
  ) : (
    <span className="text-[11px] uppercase tracking-wide text-slate-400">optional</span>
  );
}

/** Description, allowed values, default, limits and examples of one schema node. */
export function SchemaNotes({ schema, showDefault = true }: { schema: SchemaSummary; showDefault?: boolean }) {
  const hasEnum = schema.enumValues && schema.enumValues.length > 0;
  return (
    <div className="space-y-1 text-sm text-slate-600">
      {schema.description ? (
        <p>
          <InlineCode text={schema.description} />
        </p>
      ) : null}
      {hasEnum ? (
        <p className="flex flex-wrap items-baseline gap-1">
          <span className="text-xs text-slate-500">{schema.enumValues!.length === 1 ? "Value:" : "One of:"}</span>
          {schema.enumValues!.map((value) => (
            <Code key={value}>{value}</Code>
          ))}
        </p>
      ) : null}
      {showDefault && schema.defaultValue !== undefined ? (
        <p className="text-xs text-slate-500">
          Default: <Code>{schema.defaultValue}</Code>
        </p>
      ) : null}
      {schema.constraints.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label="Constraints">
          {schema.constraints.map((constraint) => (
            <li key={constraint} className="max-w-full break-all rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
              {constraint}
            </li>
          ))}
        </ul>
      ) : null}
      {schema.examples && schema.examples.length > 0 ? (
        <p className="text-xs text-slate-500">
          e.g.{" "}
          {schema.examples.map((example, i) => (
            <span key={example}>
              {i > 0 ? ", " : null}
              <Code>{example}</Code>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
