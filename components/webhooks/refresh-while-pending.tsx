"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While some delivery is still pending, re-render the server page every few seconds so its log follows. */
export function RefreshWhilePending({ pending, intervalMs = 2000 }: { pending: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [pending, intervalMs, router]);
  return null;
}
