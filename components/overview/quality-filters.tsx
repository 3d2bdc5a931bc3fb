import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { lastDays, overviewHref, type QualityFilters as Filters } from "./quality-range";

interface QualityFiltersProps {
  filters: Filters;
  projects: { id: string; name: string }[];
  now: Date;
}

const PRESETS = [7, 30, 90] as const;

/** A plain GET form: the period and project live in the address bar, so a view can be bookmarked and works without JavaScript. */
export function QualityFilters({ filters, projects, now }: QualityFiltersProps) {
  return (
    <form method="get" action="/" role="search" aria-label="Quality period and project" className="space-y-3 px-5 py-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_2fr_auto] lg:items-end">
        <div className="space-y-1.5">
          <Label htmlFor="quality-from">From</Label>
          <Input id="quality-from" name="from" type="date" defaultValue={filters.from} required />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="quality-to">To</Label>
          <Input id="quality-to" name="to" type="date" defaultValue={filters.to} required />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="quality-project">Project</Label>
          <Select
            id="quality-project"
            name="projectId"
            defaultValue={filters.projectId ?? ""}
            options={[{ value: "", label: "All projects" }, ...projects.map((p) => ({ value: p.id, label: p.name }))]}
          />
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          Apply
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="text-slate-500">Quick ranges:</span>
        {PRESETS.map((days) => {
          const range = lastDays(days, now);
          const active = range.from === filters.from && range.to === filters.to;
          return (
            <Link
              key={days}
              href={overviewHref(filters, range)}
              aria-current={active ? "true" : undefined}
              className={cn("font-medium hover:underline", active ? "text-slate-900 underline" : "text-brand-700")}
            >
              Last {days} days
            </Link>
          );
        })}
        <span className="text-slate-500">· Days are in UTC.</span>
      </div>
    </form>
  );
}
