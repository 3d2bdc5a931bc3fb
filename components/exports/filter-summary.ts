/** Records filters as a person reads them: "Project Billing · completed · call · agent “Sa” · from 2026-03-01". "All records" when none. */
export function describeRecordFilters(filters: Record<string, string>, projectNames: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (filters.projectId) parts.push(`Project ${projectNames.get(filters.projectId) ?? filters.projectId}`);
  if (filters.status) parts.push(filters.status);
  if (filters.type) parts.push(filters.type);
  if (filters.agentName) parts.push(`agent “${filters.agentName}”`);
  // Stored filters carry whole date-times; a day is enough to read.
  if (filters.from) parts.push(`from ${filters.from.slice(0, 10)}`);
  if (filters.to) parts.push(`to ${filters.to.slice(0, 10)}`);
  return parts.length ? parts.join(" · ") : "All records";
}
