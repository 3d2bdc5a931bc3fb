import { Badge } from "@/components/ui/badge";
import { STATUS_LABEL, STATUS_TONE, type RecordStatus } from "./record-status";

export function StatusBadge({ status }: { status: RecordStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}
