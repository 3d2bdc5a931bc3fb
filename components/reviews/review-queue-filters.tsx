import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { QueueFilters } from "./review-queue-query";

/** A plain GET form, so a filtered queue can be bookmarked and works without JavaScript. */
export function ReviewQueueFilters({ filters, projects }: { filters: QueueFilters; projects: { id: string; name: string }[] }) {
  return (
    <form method="get" action="/reviews" role="search" aria-label="Filter the queue" className="flex flex-wrap items-end gap-3 px-5 py-4">
      <div className="w-full space-y-1.5 sm:w-72">
        <Label htmlFor="queue-project">Project</Label>
        <Select
          id="queue-project"
          name="projectId"
          defaultValue={filters.projectId ?? ""}
          options={[{ value: "", label: "All projects" }, ...projects.map((p) => ({ value: p.id, label: p.name }))]}
        />
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      {filters.projectId && (
        <Link href="/reviews" className="h-9 px-1 text-sm leading-9 text-slate-600 hover:text-slate-900">
          Clear
        </Link>
      )}
    </form>
  );
}
