"use client";

import { useEffect, useState } from "react";
import { Button, type ButtonSize } from "./button";

interface CopyButtonProps {
  value: string;
  /** What is being copied, for the button's accessible name ("Copy link"). */
  label?: string;
  /** The input holding the value; selected when the clipboard is unavailable so it can be copied by hand. */
  fallbackTargetId?: string;
  size?: ButtonSize;
}

export function CopyButton({ value, label = "Copy", fallbackTargetId, size = "md" }: CopyButtonProps) {
  const [status, setStatus] = useState<"idle" | "copied" | "manual">("idle");

  useEffect(() => {
    if (status !== "copied") return;
    const timer = setTimeout(() => setStatus("idle"), 2000);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      // The Clipboard API exists only in secure contexts; a plain-http self-hosted install has none.
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      const target = fallbackTargetId ? document.getElementById(fallbackTargetId) : null;
      if (target instanceof HTMLInputElement) target.select();
      setStatus("manual");
    }
  }

  return (
    <>
      <Button variant="secondary" size={size} onClick={copy}>
        {status === "copied" ? "Copied" : label}
      </Button>
      <span role="status" className="sr-only">
        {status === "copied" ? "Copied to the clipboard" : status === "manual" ? "Press Ctrl+C to copy the selected text" : ""}
      </span>
    </>
  );
}
