import { FieldList } from "./field-list";
import { InlineCode } from "./inline-code";
import { MethodBadge } from "./method-badge";
import type { OperationView } from "./openapi-model";
import { ParametersTable } from "./parameters-table";
import { ResponsesTable } from "./responses-table";

function AuthNote({ required }: { required: boolean }) {
  return required ? (
    <span className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 fill-current">
        <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V7a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 5H6V4.5a2 2 0 1 1 4 0V6Z" />
      </svg>
      Auth required
    </span>
  ) : (
    <span className="inline-flex items-center rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700">
      Public, no auth
    </span>
  );
}

function Subheading({ children }: { children: React.ReactNode }) {
  return <h4 className="mb-2 mt-6 text-sm font-semibold text-slate-900">{children}</h4>;
}

export function OperationSection({ operation, baseUrl }: { operation: OperationView; baseUrl: string }) {
  const { requestBody, success } = operation;
  return (
    <section id={operation.id} aria-labelledby={`${operation.id}-title`} className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h3 id={`${operation.id}-title`} className="text-lg font-semibold text-slate-900">
        {operation.summary}
      </h3>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <MethodBadge method={operation.method} />
        <code className="break-all font-mono text-sm text-slate-900">
          <span className="text-slate-400">{baseUrl}</span>
          {operation.path}
        </code>
        <AuthNote required={operation.authRequired} />
      </div>
      {operation.description ? (
        <p className="mt-3 max-w-3xl text-sm leading-relaxed text-slate-600">
          <InlineCode text={operation.description} />
        </p>
      ) : null}

      {operation.parameters.length > 0 ? (
        <>
          <Subheading>Parameters</Subheading>
          <ParametersTable parameters={operation.parameters} />
        </>
      ) : null}

      {requestBody ? (
        <>
          <Subheading>
            Request body <span className="font-normal text-slate-500">· {requestBody.contentType}</span>
            {requestBody.required ? null : <span className="font-normal text-slate-500"> · optional</span>}
          </Subheading>
          {requestBody.schema.closed ? (
            <p className="mb-1 text-xs text-slate-500">Unknown keys are refused with a 400.</p>
          ) : null}
          <div className="rounded-lg border border-slate-200 px-4">
            <FieldList fields={requestBody.fields} mode="request" />
          </div>
        </>
      ) : null}

      {success ? (
        <>
          <Subheading>
            Response <span className="font-mono text-emerald-700">{success.status}</span>
          </Subheading>
          <div className="rounded-lg border border-slate-200 px-4">
            <FieldList fields={success.fields} mode="response" />
          </div>
        </>
      ) : null}

      {operation.errors.length > 0 ? (
        <>
          <Subheading>Errors</Subheading>
          <ResponsesTable responses={operation.errors} />
        </>
      ) : null}
    </section>
  );
}
