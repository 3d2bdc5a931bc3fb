"use client";

import { useQuery } from "@tanstack/react-query";
import type { RecordDto } from "@/lib/services/records/record-schemas";
import { isSettled } from "./record-status";

export type RecordSnapshot = Pick<RecordDto, "id" | "status" | "error">;

const POLL_MS = 2000;

export function recordQueryKey(id: string) {
  return ["record", id] as const;
}

async function fetchRecord(id: string): Promise<RecordSnapshot> {
  const response = await fetch(`/api/v1/records/${encodeURIComponent(id)}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Could not load the record (HTTP ${response.status})`);
  return ((await response.json()) as { data: RecordDto }).data;
}

/**
 * The record's status, polled every 2 s until it is completed or failed. A
 * settled record starts disabled, so a list of finished calls sends nothing.
 */
export function useRecordStatus(initial: RecordSnapshot) {
  return useQuery({
    queryKey: recordQueryKey(initial.id),
    queryFn: () => fetchRecord(initial.id),
    initialData: initial,
    enabled: !isSettled(initial.status),
    refetchInterval: (query) => (query.state.data && isSettled(query.state.data.status) ? false : POLL_MS),
  });
}
