import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { queueHref, type QueueFilters } from "./review-queue-query";

/** Like components/ui/pagination, but the links keep the project filter. */
export function QueuePagination({ filters, pageSize, total }: { filters: QueueFilters; pageSize: number; total: number }) {
  const { page } = filters;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const disabled = "pointer-events-none opacity-50";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 border-t border-slate-200 px-4 py-3">
      <p className="text-sm text-slate-600">{total === 0 ? "Nothing waiting" : `Showing ${first}–${last} of ${total} waiting`}</p>
      <div className="flex gap-2">
        <Link
          href={queueHref(filters, { page: page - 1 })}
          className={cn(buttonClasses("secondary", "sm"), page <= 1 && disabled)}
          aria-disabled={page <= 1}
          tabIndex={page <= 1 ? -1 : undefined}
        >
          Previous
        </Link>
        <Link
          href={queueHref(filters, { page: page + 1 })}
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
