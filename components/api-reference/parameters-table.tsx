import type { ParameterView } from "./openapi-model";
import { RequiredBadge, SchemaNotes, TypeLabel } from "./schema-details";

const LOCATION_LABEL: Record<string, string> = { path: "path", query: "query", header: "header", cookie: "cookie" };

export function ParametersTable({ parameters }: { parameters: ParameterView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Name</th>
            <th scope="col" className="px-3 py-2 font-medium">In</th>
            <th scope="col" className="px-3 py-2 font-medium">Type</th>
            <th scope="col" className="px-3 py-2 font-medium">Required</th>
            <th scope="col" className="px-3 py-2 font-medium">Default</th>
            <th scope="col" className="px-3 py-2 font-medium">Description and limits</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white align-top">
          {parameters.map((param) => (
            <tr key={`${param.in}:${param.name}`}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-mono text-sm font-semibold text-slate-900">
                {param.name}
              </th>
              <td className="px-3 py-2 text-xs text-slate-500">{LOCATION_LABEL[param.in] ?? param.in}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <TypeLabel schema={param.schema} />
              </td>
              <td className="px-3 py-2">
                <RequiredBadge required={param.required} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-slate-700">
                {param.schema.defaultValue ?? <span className="text-slate-400">–</span>}
              </td>
              <td className="px-3 py-2">
                <SchemaNotes schema={param.schema} showDefault={false} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
