"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { AnalysisDto } from "@/lib/services/analyses/analysis-dto";

type Status = AnalysisDto["status"];

const POLL_MS = 2000;
const settled = (status: Status) => status === "completed" || status === "failed";

async function fetchStatus(id: string): Promise<Status> {
  const response = await fetch(`/api/v1/analyses/${encodeURIComponent(id)}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Could not load the analysis (HTTP ${response.status})`);
  return ((await response.json()) as { data: AnalysisDto }).data.status;
}

/**
 * "Analysing…" for a pending analysis of a finished record (a re-analysis),
 * polled like the record's own status, and the page re-rendered once it is done.
 */
export function AnalysisLiveStatus({ id, status }: { id: string; status: Status }) {
  const router = useRouter();
  const refreshed = useRef(false);
  const { data = status } = useQuery({
    queryKey: ["analysis", id, "status"],
    queryFn: () => fetchStatus(id),
    initialData: status,
    enabled: !settled(status),
    refetchInterval: (query) => (query.state.data && settled(query.state.data) ? false : POLL_MS),
  });

  useEffect(() => {
    if (refreshed.current || settled(status) || !settled(data)) return;
    refreshed.current = true;
    router.refresh();
  }, [data, status, router]);

  return (
    <p role="status" data-analysis-status={data} className="flex items-center gap-2 text-sm text-slate-600">
      <svg className="size-4 animate-spin text-brand-600" viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="3" className="opacity-25" />
        <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      {settled(data) ? "Analysis finished; loading the results…" : data === "processing" ? "Analysing the conversation…" : "Waiting to analyse the conversation…"}
    </p>
  );
}
