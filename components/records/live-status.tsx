"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { isSettled } from "./record-status";
import { StatusBadge } from "./status-badge";
import { useRecordStatus, type RecordSnapshot } from "./use-record-status";

interface LiveStatusProps {
  record: RecordSnapshot;
  /** Re-render the server page once the record settles (the record page then shows its transcript or error). */
  refreshWhenSettled?: boolean;
}

/** A status badge that follows a pending or processing record without reloading the page. */
export function LiveStatus({ record, refreshWhenSettled = false }: LiveStatusProps) {
  const { data } = useRecordStatus(record);
  const router = useRouter();
  const refreshed = useRef(false);
  const status = data.status;

  useEffect(() => {
    // Only a change seen here counts: a page that arrived settled needs no refresh.
    if (!refreshWhenSettled || refreshed.current || isSettled(record.status) || !isSettled(status)) return;
    refreshed.current = true;
    router.refresh();
  }, [refreshWhenSettled, record.status, status, router]);

  return (
    <span aria-live="polite" data-record-status={status}>
      <StatusBadge status={status} />
    </span>
  );
}
