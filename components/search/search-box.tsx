import { MAX_QUERY_LENGTH } from "@/lib/services/search/search-schemas";

/**
 * The search box of every dashboard page: a plain GET form to /search, so it
 * works without JavaScript and Enter submits it.
 */
export function SearchBox() {
  return (
    <form action="/search" method="get" role="search" aria-label="Search records">
      <label htmlFor="site-search" className="sr-only">
        Search transcripts, summaries and records
      </label>
      <div className="relative">
        <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-slate-400">
          <path
            fillRule="evenodd"
            d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z"
            clipRule="evenodd"
          />
        </svg>
        <input
          id="site-search"
          type="search"
          name="q"
          required
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Search calls and chats"
          autoComplete="off"
          className="block h-9 w-full rounded-md border-0 bg-white pr-3 pl-8 text-sm text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500 focus:outline-none focus:ring-inset"
        />
      </div>
    </form>
  );
}
