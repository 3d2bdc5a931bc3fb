"use client";

import { useState, useTransition } from "react";
import { changeIncidentAction } from "@/app/(dashboard)/alerts/actions";
import { Button } from "@/components/ui/button";
import type { IncidentStatus } from "@/db/schema/alerts";

/** Acknowledge and Resolve for one incident, named after it so a list of them reads right. */
export function IncidentActions({ id, status, label }: { id: string; status: IncidentStatus; label: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (status === "resolved") return null;

  function change(to: "acknowledged" | "resolved") {
    startTransition(async () => {
      setError(null);
      const result = await changeIncidentAction(id, to);
      if (!result.ok) setError(result.error ?? "Could not change the incident.");
    });
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {status === "open" && (
        <Button variant="secondary" size="sm" pending={pending} aria-label={`Acknowledge: ${label}`} onClick={() => change("acknowledged")}>
          Acknowledge
        </Button>
      )}
      <Button variant="secondary" size="sm" pending={pending} aria-label={`Resolve: ${label}`} onClick={() => change("resolved")}>
        Resolve
      </Button>
      {error && (
        <p role="alert" className="w-full text-right text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
