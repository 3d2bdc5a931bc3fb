import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { RecordFilters } from "./records-query";

interface RecordsFiltersProps {
  filters: RecordFilters;
  projects: { id: string; name: string }[];
}

/** A plain GET form: the filters live in the address bar, so a filtered list can be bookmarked and works without JavaScript. */
export function RecordsFilters({ filters, projects }: RecordsFiltersProps) {
  return (
    <form method="get" action="/records" role="search" aria-label="Filter records" className="grid gap-4 px-5 py-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="space-y-1.5">
        <Label htmlFor="filter-project">Project</Label>
        <Select
          id="filter-project"
          name="projectId"
          defaultValue={filters.projectId ?? ""}
          options={[{ value: "", label: "All projects" }, ...projects.map((p) => ({ value: p.id, label: p.name }))]}
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="filter-status">Status</Label>
        <Select
          id="filter-status"
          name="status"
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: "Any status" },
            { value: "pending", label: "Pending" },
            { value: "processing", label: "Processing" },
            { value: "completed", label: "Completed" },
            { value: "failed", label: "Failed" },
          ]}
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="filter-type">Type</Label>
        <Select
          id="filter-type"
          name="type"
          defaultValue={filters.type ?? ""}
          options={[
            { value: "", label: "Any type" },
            { value: "call", label: "Call" },
            { value: "chat", label: "Chat" },
            { value: "email", label: "Email" },
          ]}
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="filter-agent">Agent name</Label>
        <Input id="filter-agent" name="agentName" defaultValue={filters.agentName ?? ""} placeholder="Any agent" />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="filter-from">From</Label>
        <Input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="filter-to">To</Label>
        <Input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      {/* Keep the chosen sort; a new filter starts again at page 1. */}
      {filters.sort !== "createdAt" && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.order !== "desc" && <input type="hidden" name="order" value={filters.order} />}
      <div className="flex items-end gap-2 sm:col-span-2">
        <button type="submit" className={buttonClasses("primary")}>
          Apply filters
        </button>
        <Link href="/records" className={buttonClasses("ghost")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
