import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

/**
 * `danger` marks a card whose actions destroy something. Overflow is clipped so
 * tables keep the rounded corners; dialogs render in the top layer, unaffected.
 */
export function Card({ className, danger = false, ...props }: ComponentProps<"section"> & { danger?: boolean }) {
  return (
    <section
      className={cn("overflow-hidden rounded-lg bg-white shadow-sm ring-1", danger ? "ring-red-200" : "ring-slate-200", className)}
      {...props}
    />
  );
}

interface CardHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links on the right. */
  actions?: ReactNode;
  /** Lets a <section> be named by its heading. */
  titleId?: string;
}

export function CardHeader({ title, description, actions, titleId }: CardHeaderProps) {
  return (
    <div className="flex items-start justify-between gap-4 border-b border-slate-200 px-5 py-4">
      <div className="min-w-0">
        <h2 id={titleId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm text-slate-500">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </div>
  );
}

export function CardBody({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("px-5 py-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("flex items-center justify-end gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50 px-5 py-3", className)}
      {...props}
    />
  );
}
