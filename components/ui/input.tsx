import type { ComponentProps } from "react";
import { cn } from "./cn";

const CONTROL =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 " +
  "placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-500 focus:outline-none " +
  "disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 " +
  "aria-invalid:ring-red-400 aria-invalid:focus:ring-red-500";

export function controlClasses(className?: string): string {
  return cn(CONTROL, className);
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={controlClasses(cn("h-9", className))} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={controlClasses(className)} {...props} />;
}
