import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

interface CheckboxFieldProps extends Omit<ComponentProps<"input">, "type" | "id"> {
  id: string;
  label: string;
  description?: ReactNode;
}

/** A checkbox with its label on the right and an optional line of explanation. */
export function CheckboxField({ id, label, description, className, ...props }: CheckboxFieldProps) {
  return (
    <div className={cn("flex gap-3", className)}>
      <div className="flex h-5 items-center">
        <input
          id={id}
          type="checkbox"
          aria-describedby={description ? `${id}-description` : undefined}
          className="size-4 rounded border-slate-300 text-brand-600 accent-brand-600 disabled:cursor-not-allowed"
          {...props}
        />
      </div>
      <div className="text-sm leading-5">
        <label htmlFor={id} className="font-medium text-slate-800">
          {label}
        </label>
        {description && (
          <p id={`${id}-description`} className="text-slate-500">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}
