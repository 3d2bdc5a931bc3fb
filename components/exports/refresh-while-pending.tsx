"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const POLL_MS = 2000;

/** Re-renders the server page every 2 s while an export is still being written, so its Download link appears on its own. */
export function RefreshWhilePending({ pending }: { pending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [pending, router]);
  return null;
}
