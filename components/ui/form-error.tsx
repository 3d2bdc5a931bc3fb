import { cn } from "./cn";

/** The form-level error, announced to screen readers as soon as it appears. */
export function FormError({ message, className }: { message?: string; className?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className={cn("rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-inset ring-red-200", className)}>
      {message}
    </div>
  );
}

export function FormSuccess({ message, className }: { message?: string; className?: string }) {
  if (!message) return null;
  return (
    <div role="status" className={cn("rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-inset ring-emerald-200", className)}>
      {message}
    </div>
  );
}

/**
 * Service messages read as predicates ("is required", "must be at most 100
 * characters"), so they are prefixed with the field's label; anything that
 * already reads as a sentence is shown as it is.
 */
export function fieldMessage(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}.`.replace(/\.\.$/, ".") : message;
}

export function FieldError({ id, label, messages }: { id: string; label: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} role="alert" className="mt-1.5 text-sm text-red-700">
      {messages.map((m) => fieldMessage(label, m)).join(" ")}
    </p>
  );
}
