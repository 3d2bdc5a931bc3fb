"use client";

import { createProjectAction } from "@/app/(dashboard)/projects/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";

export function CreateProjectForm() {
  const { state, formAction, pending, onSubmit } = useFormAction(createProjectAction, {});
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={state.error} />
      <div className="grid gap-4 sm:grid-cols-[1fr_2fr_auto] sm:items-start">
        <TextField id="new-project-name" name="name" label="Project name" required maxLength={100} errors={state.fields?.name} />
        <TextField
          id="new-project-description"
          name="description"
          label="Description (optional)"
          maxLength={2000}
          errors={state.fields?.description}
        />
        <Button type="submit" className="sm:mt-6.5" pending={pending} pendingLabel="Creating…">
          Create project
        </Button>
      </div>
    </form>
  );
}
