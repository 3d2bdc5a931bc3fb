import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { INCIDENT_STATUSES, type IncidentStatus } from "@/db/schema/alerts";
import { INCIDENT_STATUS_LABELS } from "./incident-status-badge";

/** A plain GET form, so a filtered list can be bookmarked and works without JavaScript. */
export function IncidentFilters({ status, ruleId }: { status?: IncidentStatus; ruleId?: string }) {
  return (
    <form method="get" action="/alerts/incidents" role="search" aria-label="Filter incidents" className="flex flex-wrap items-end gap-3 px-5 py-4">
      {ruleId && <input type="hidden" name="ruleId" value={ruleId} />}
      <div className="w-full space-y-1.5 sm:w-56">
        <Label htmlFor="incident-status">Status</Label>
        <Select
          id="incident-status"
          name="status"
          defaultValue={status ?? ""}
          options={[{ value: "", label: "Any status" }, ...INCIDENT_STATUSES.map((s) => ({ value: s, label: INCIDENT_STATUS_LABELS[s] }))]}
        />
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      {(status || ruleId) && (
        <Link href="/alerts/incidents" className="h-9 px-1 text-sm leading-9 text-slate-600 hover:text-slate-900">
          Clear
        </Link>
      )}
    </form>
  );
}
