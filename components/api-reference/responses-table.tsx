import type { ResponseView } from "./openapi-model";
import { InlineCode } from "./inline-code";

function statusTone(status: string): string {
  if (status.startsWith("2")) return "text-emerald-700";
  if (status.startsWith("5")) return "text-rose-700";
  return "text-amber-700";
}

/** Error statuses of one operation; all share the `{error: {...}}` body described at the top. */
export function ResponsesTable({ responses }: { responses: ResponseView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="w-24 px-3 py-2 font-medium">Status</th>
            <th scope="col" className="px-3 py-2 font-medium">Meaning</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {responses.map((response) => (
            <tr key={response.status}>
              <th scope="row" className={`px-3 py-2 font-mono text-sm font-semibold ${statusTone(response.status)}`}>
                {response.status}
              </th>
              <td className="px-3 py-2 text-slate-600">
                <InlineCode text={response.description} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
