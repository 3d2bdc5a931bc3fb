import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { IncidentStatus } from "@/db/schema/alerts";

const TONES: Record<IncidentStatus, BadgeTone> = { open: "danger", acknowledged: "warning", resolved: "success" };
const LABELS: Record<IncidentStatus, string> = { open: "Open", acknowledged: "Acknowledged", resolved: "Resolved" };

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  return <Badge tone={TONES[status]}>{LABELS[status]}</Badge>;
}

export const INCIDENT_STATUS_LABELS = LABELS;
