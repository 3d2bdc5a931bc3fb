import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { FieldError } from "./form-error";
import { Input, Textarea } from "./input";
import { Label } from "./label";
import { Select, type SelectOption } from "./select";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: ReactNode;
}

/** Label, control, hint and error, with the ids that tie them together. */
export function Field({ id, label, hint, errors, className, children }: FieldShellProps) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} label={label} messages={errors} />
    </div>
  );
}

/** The aria attributes a control needs so its hint and error are read with it. */
export function describedBy(id: string, hint: unknown, errors?: string[]) {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return {
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  };
}

type FieldProps<P> = Omit<P, "id"> & { id: string; label: string; hint?: ReactNode; errors?: string[]; fieldClassName?: string };

export function TextField({ id, label, hint, errors, fieldClassName, ...props }: FieldProps<ComponentProps<"input">>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={fieldClassName}>
      <Input id={id} {...describedBy(id, hint, errors)} {...props} />
    </Field>
  );
}

export function TextareaField({ id, label, hint, errors, fieldClassName, ...props }: FieldProps<ComponentProps<"textarea">>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={fieldClassName}>
      <Textarea id={id} {...describedBy(id, hint, errors)} {...props} />
    </Field>
  );
}

export function SelectField({
  id,
  label,
  hint,
  errors,
  fieldClassName,
  ...props
}: FieldProps<Omit<ComponentProps<"select">, "children">> & { options: readonly SelectOption[] }) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} className={fieldClassName}>
      <Select id={id} {...describedBy(id, hint, errors)} {...props} />
    </Field>
  );
}
