"use client";

// Unexpected failure while rendering a dashboard page: keeps the sidebar and offers a retry; the digest matches the server log.
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <Card>
      <CardBody className="py-12 text-center">
        <h1 className="text-xl font-semibold text-slate-900">Something went wrong</h1>
        <p className="mt-1 text-sm text-slate-500">The page could not be loaded. Try again in a moment.</p>
        {digest && <p className="mt-2 font-mono text-xs text-slate-400">Reference: {digest}</p>}
        <Button variant="secondary" className="mt-6" onClick={() => retry()}>
          Try again
        </Button>
      </CardBody>
    </Card>
  );
}
