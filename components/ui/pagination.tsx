import Link from "next/link";
import { buttonClasses } from "./button";
import { cn } from "./cn";

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  noun?: string;
  /** Said instead of "No <noun>" when the list is empty. */
  emptyLabel?: string;
} & (
  | {
      /** The list's path; the page goes in ?page=. */
      basePath: string;
      hrefFor?: never;
    }
  | {
      /** For lists whose links must keep their filters and sort in the query string. */
      hrefFor: (page: number) => string;
      basePath?: never;
    }
);

export function Pagination({ page, pageSize, total, basePath, hrefFor, noun = "results", emptyLabel }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const href = hrefFor ?? ((p: number) => (p <= 1 ? basePath! : `${basePath}?page=${p}`));
  const disabled = "pointer-events-none opacity-50";

  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 border-t border-slate-200 px-4 py-3">
      <p className="text-sm text-slate-600">
        {total === 0 ? (emptyLabel ?? `No ${noun}`) : `Showing ${first}–${last} of ${total} ${noun}`}
      </p>
      <div className="flex gap-2">
        <Link
          href={href(page - 1)}
          className={cn(buttonClasses("secondary", "sm"), page <= 1 && disabled)}
          aria-disabled={page <= 1}
          tabIndex={page <= 1 ? -1 : undefined}
        >
          Previous
        </Link>
        <Link
          href={href(page + 1)}
          className={cn(buttonClasses("secondary", "sm"), page >= pages && disabled)}
          aria-disabled={page >= pages}
          tabIndex={page >= pages ? -1 : undefined}
        >
          Next
        </Link>
      </div>
    </nav>
  );
}

/** `?page=` as a positive whole number; anything else is the first page. */
export function pageFromSearchParam(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1;
}
