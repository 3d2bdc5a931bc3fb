"use client";

import { saveDefaultProjectAction } from "@/app/(dashboard)/settings/integrations/actions";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/dashboard/form-state";

export function DefaultProjectForm({ projects, current }: { projects: { id: string; name: string }[]; current: string | null }) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState>(saveDefaultProjectAction, {});
  const options = [{ value: "", label: "None: every delivery names its project" }, ...projects.map((p) => ({ value: p.id, label: p.name }))];
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={state.error} />
      <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-start">
        <SelectField
          id="default-project"
          name="defaultProjectId"
          label="Default project"
          hint="Used when a delivery has no projectId (Bitrix24 events never do unless you add ?projectId= to the URL)."
          options={options}
          defaultValue={current ?? ""}
          errors={state.fields?.defaultProjectId}
        />
        <Button type="submit" className="sm:mt-6.5" pending={pending} pendingLabel="Saving…">
          Save
        </Button>
      </div>
      {state.message && (
        <p role="status" className="text-sm text-emerald-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
