import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/form-error";

/** A <fieldset> of radios or checkboxes, with the legend as its label and its errors announced. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  errors,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <fieldset aria-describedby={[hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].join(" ").trim() || undefined}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-500">
          {hint}
        </p>
      )}
      <div className="mt-3 space-y-3">{children}</div>
      <FieldError id={`${id}-error`} label={legend} messages={errors} />
    </fieldset>
  );
}
