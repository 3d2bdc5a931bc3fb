import { ERROR_STATUS } from "@/lib/errors";
import { Code, CodeBlock } from "./inline-code";

export const INTRO_SECTIONS = [
  { id: "authentication", title: "Authentication" },
  { id: "responses", title: "Responses and errors" },
  { id: "pagination", title: "Pagination" },
  { id: "rate-limits", title: "Rate limits" },
  { id: "request-ids", title: "Request ids" },
] as const;

const SUCCESS_EXAMPLE = `{
  "data": [
    { "id": "proj_…", "name": "Support line", … }
  ],
  "meta": { "page": 1, "pageSize": 20, "total": 42 }
}`;

const ERROR_EXAMPLE = `{
  "error": {
    "code": "VALIDATION_ERROR",
    "message": "Validation failed",
    "details": {
      "fields": { "name": ["is required"] }
    },
    "requestId": "req_…"
  }
}`;

function IntroSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6">
      <h2 id={`${id}-title`} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-sm leading-relaxed text-slate-700">{children}</div>
    </section>
  );
}

function ErrorCodesTable() {
  return (
    <div className="max-w-md overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">Error codes and their HTTP statuses</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">error.code</th>
            <th scope="col" className="px-3 py-2 font-medium">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {Object.entries(ERROR_STATUS).map(([code, status]) => (
            <tr key={code}>
              <th scope="row" className="px-3 py-1.5 font-mono text-xs font-medium text-slate-800">
                {code}
              </th>
              <td className="px-3 py-1.5 font-mono text-xs text-slate-600">{status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ApiIntro({ baseUrl }: { baseUrl: string }) {
  return (
    <div className="space-y-10">
      <IntroSection id="authentication" title="Authentication">
        <p>
          Every endpoint lives under <Code>{baseUrl}</Code> and takes and returns JSON. Send an API key (created in the
          dashboard or with <Code>POST {baseUrl}/api-keys</Code>) or an access token from{" "}
          <Code>POST {baseUrl}/auth/login</Code> as a bearer token. In the browser the dashboard&apos;s session cookie
          works too. Endpoints marked <em>public</em> need neither.
        </p>
        <CodeBlock label="Example request">{`curl -H "Authorization: Bearer $CALLSCOPE_API_KEY" \\
  "https://callscope.example.com${baseUrl}/projects?pageSize=20"`}</CodeBlock>
        <p>
          An API key belongs to one organization. A user who is a member of several picks one with the{" "}
          <Code>X-Selected-Org-ID</Code> header (otherwise their oldest membership is used). Another organization&apos;s
          resources answer <Code>404</Code>, exactly as if they did not exist.
        </p>
      </IntroSection>

      <IntroSection id="responses" title="Responses and errors">
        <p>
          A success wraps its payload in <Code>data</Code>; lists add <Code>meta</Code> with the page, page size and
          total. A failure has an <Code>error</Code> object with a stable <Code>code</Code>, a readable{" "}
          <Code>message</Code>, optional <Code>details</Code> (for validation errors <Code>details.fields</Code> names
          each bad field) and the <Code>requestId</Code>. A 500 never contains a stack trace or SQL.
        </p>
        <div className="grid gap-4 xl:grid-cols-[1fr_1fr]">
          <figure className="min-w-0">
            <figcaption className="mb-1 text-xs font-medium text-slate-500">A list response</figcaption>
            <CodeBlock>{SUCCESS_EXAMPLE}</CodeBlock>
          </figure>
          <figure className="min-w-0">
            <figcaption className="mb-1 text-xs font-medium text-slate-500">An error response</figcaption>
            <CodeBlock>{ERROR_EXAMPLE}</CodeBlock>
          </figure>
        </div>
        <ErrorCodesTable />
      </IntroSection>

      <IntroSection id="pagination" title="Pagination">
        <p>
          Lists take <Code>page</Code> (from 1, default 1) and <Code>pageSize</Code> (1 to 100, default 20), and most
          also <Code>sort</Code>, <Code>order</Code> (<Code>asc</Code> or <Code>desc</Code>) and <Code>from</Code>/
          <Code>to</Code> (an ISO 8601 date such as <Code>2026-03-01</Code>, covering the whole day, or a date-time).
          Out-of-range values and unknown parameters are a <Code>400</Code>, never silently replaced by a default.
        </p>
      </IntroSection>

      <IntroSection id="rate-limits" title="Rate limits">
        <p>
          Each client (API key, token or session; otherwise the address) may make 200 requests per minute by default;
          the operator of a server can change it. Every response carries <Code>X-RateLimit-Limit</Code>,{" "}
          <Code>X-RateLimit-Remaining</Code> and <Code>X-RateLimit-Reset</Code> (Unix seconds). Past the limit the
          answer is <Code>429 RATE_LIMITED</Code> with <Code>Retry-After</Code> in seconds. The health and readiness
          probes are not limited.
        </p>
      </IntroSection>

      <IntroSection id="request-ids" title="Request ids">
        <p>
          Every response has an <Code>X-Request-Id</Code> header. Send your own (letters, digits and{" "}
          <Code>._:-</Code>, up to 128 characters) to trace a call end to end; otherwise one is generated. Quote it
          when you report a problem.
        </p>
      </IntroSection>
    </div>
  );
}
