"use client";

import { updateBudgetAction } from "@/app/(dashboard)/settings/billing/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError, FormSuccess } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/dashboard/form-state";

/** The owner's one setting: the monthly budget, or none. */
export function BudgetForm({ current, currency }: { current: number | null; currency: string }) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState>(updateBudgetAction, {});
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={state.error} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,16rem)_auto] sm:items-start">
        <TextField
          id="budget-limit"
          name="budgetLimit"
          label={`Monthly budget (${currency})`}
          inputMode="decimal"
          defaultValue={current === null ? "" : String(current)}
          placeholder="No budget"
          hint="Leave empty for no budget. 0 stops all new processing."
          errors={state.fields?.budgetLimit}
        />
        <Button type="submit" className="sm:mt-6.5 sm:justify-self-start" pending={pending} pendingLabel="Saving…">
          Save budget
        </Button>
      </div>
      <FormSuccess message={state.message} />
    </form>
  );
}
