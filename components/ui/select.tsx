import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClasses } from "./input";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

interface SelectProps extends Omit<ComponentProps<"select">, "children"> {
  options: readonly SelectOption[];
}

export function Select({ options, className, ...props }: SelectProps) {
  return (
    <select className={controlClasses(cn("h-9 pr-8", className))} {...props}>
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
