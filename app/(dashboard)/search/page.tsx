// /search – full-text search results: each hit with its record, what matched and a marked snippet, linking to the matching moment
import type { Metadata } from "next";
import Link from "next/link";
import { formatClock } from "@/components/records/format";
import { parseSearchPage, hitHref, searchHref, SEARCH_PAGE_SIZE } from "@/components/search/search-page-query";
import { Snippet } from "@/components/search/snippet";
import type { SearchParams } from "@/components/records/records-query";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listProjects } from "@/lib/services/projects/list-projects";
import type { SearchHitDto } from "@/lib/services/search/search-schemas";
import { MAX_QUERY_LENGTH } from "@/lib/services/search/search-schemas";
import { searchRecords } from "@/lib/services/search/search-records";

export const metadata: Metadata = { title: "Search" };

function hitLabel(hit: SearchHitDto): string {
  if (hit.type === "summary") return "Summary";
  if (hit.type === "metadata") return "Details";
  if (hit.startMs === null) return "Transcript";
  return hit.recordType === "call" ? `Transcript at ${formatClock(hit.startMs)}` : "Conversation";
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx } = await getDashboardContext();
  const query = parseSearchPage(await searchParams);
  const [result, projects] = await Promise.all([
    query.input ? searchRecords(ctx, query.input) : null,
    listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
  ]);
  const projectNames = new Map(projects.items.map((p) => [p.id, p.name]));

  return (
    <>
      <PageHeader title="Search" description="Transcripts, analysis summaries and record details of your organization." />
      <Card className="mb-6" aria-label="Search form">
        <form method="get" action="/search" role="search" aria-label="Search and filter" className="grid gap-4 px-5 py-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="space-y-1.5 sm:col-span-2 lg:col-span-4">
            <Label htmlFor="search-q">Words to find</Label>
            <Input id="search-q" name="q" type="search" defaultValue={query.values.q ?? ""} maxLength={MAX_QUERY_LENGTH} aria-describedby="search-syntax" />
            <p id="search-syntax" className="text-xs text-slate-500">
              All words must appear. Use &quot;quotes&quot; for a phrase, <kbd>or</kbd> for either word, and -word to leave a word out.
            </p>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="search-type">Found in</Label>
            <Select
              id="search-type"
              name="type"
              defaultValue={query.values.type ?? ""}
              options={[
                { value: "", label: "Anywhere" },
                { value: "transcript", label: "Transcripts" },
                { value: "summary", label: "Summaries" },
                { value: "metadata", label: "Record details" },
              ]}
            />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="search-record-type">Kind of record</Label>
            <Select
              id="search-record-type"
              name="recordType"
              defaultValue={query.values.recordType ?? ""}
              options={[
                { value: "", label: "Any kind" },
                { value: "call", label: "Calls" },
                { value: "chat", label: "Chats" },
                { value: "email", label: "Emails" },
              ]}
            />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="search-project">Project</Label>
            <Select
              id="search-project"
              name="projectId"
              defaultValue={query.values.projectId ?? ""}
              options={[{ value: "", label: "All projects" }, ...projects.items.map((p) => ({ value: p.id, label: p.name }))]}
            />
          </div>
          <div className="flex items-end">
            <button type="submit" className={buttonClasses("primary")}>
              Search
            </button>
          </div>
        </form>
      </Card>

      {query.problem && (
        <p role="alert" className="mb-6 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset">
          {query.problem}
        </p>
      )}

      {result && (
        <Card aria-label="Search results">
          {result.items.length > 0 ? (
            <ol className="divide-y divide-slate-100">
              {result.items.map((hit) => (
                <li key={`${hit.recordId}:${hit.type}`} className="px-5 py-4" data-record-id={hit.recordId} data-hit-type={hit.type}>
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                    <Link href={hitHref(hit)} className="font-medium text-slate-900 hover:text-brand-700">
                      {hit.recordName}
                    </Link>
                    <span className="text-xs text-slate-500 tabular-nums" title="Relevance: higher matches better">
                      {hit.score.toFixed(3)}
                    </span>
                  </div>
                  <div className="mt-1 mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                    <Badge tone="brand">{hitLabel(hit)}</Badge>
                    <span className="capitalize">{hit.recordType}</span>
                    <span aria-hidden="true">·</span>
                    <span>{projectNames.get(hit.projectId) ?? hit.projectId}</span>
                    <span aria-hidden="true">·</span>
                    <time dateTime={hit.createdAt}>{formatDateTime(hit.createdAt)}</time>
                  </div>
                  <Snippet snippet={hit.snippet} />
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState title={result.total > 0 ? "No results on this page" : "Nothing found"}>
              {result.total > 0 ? null : "Try other words, fewer words, or leave out the filters. Common words such as “the” are not searched."}
            </EmptyState>
          )}
          <Pagination
            page={query.page}
            pageSize={SEARCH_PAGE_SIZE}
            total={result.total}
            noun="results"
            emptyLabel="No results"
            hrefFor={(page) => searchHref(query.values, page)}
          />
        </Card>
      )}

      {!result && !query.problem && (
        <Card aria-label="Search results">
          <EmptyState title="Type words to search for">Calls, chats and emails are searched by their words, summaries, titles, agents and custom fields.</EmptyState>
        </Card>
      )}
      <p className="mt-4 text-xs text-slate-500">
        Personal data that redaction masked (card numbers, email addresses…) is never searchable. <Link href="/docs/api#tag-search" className="underline">Search API</Link>
      </p>
    </>
  );
}
