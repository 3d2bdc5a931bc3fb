"use client";

import { updateProjectAction } from "@/app/(dashboard)/projects/[id]/actions";
import { Button } from "@/components/ui/button";
import { CardFooter } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { TextField, TextareaField } from "@/components/ui/field";
import { FormError, FormSuccess } from "@/components/ui/form-error";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/dashboard/form-state";
import type { ProjectDto } from "@/lib/services/projects/project-schemas";
import { REDACTION_ENTITIES } from "@/lib/services/projects/project-settings";
import { ChoiceGroup } from "./choice-group";
import { SettingsSection } from "./settings-section";

const ENTITY_LABELS: Record<(typeof REDACTION_ENTITIES)[number], string> = {
  cardNumber: "Payment card numbers",
  nationalId: "National ID numbers",
  email: "Email addresses",
  phone: "Phone numbers",
};

const COMMON_LANGUAGES = ["en-US", "en-GB", "es-ES", "fr-FR", "de-DE", "it-IT", "pt-BR", "nl-NL"];

interface ProjectSettingsFormProps {
  project: ProjectDto;
  /** Roles without projects:manage see the settings but cannot change them. */
  readOnly: boolean;
}

export function ProjectSettingsForm({ project, readOnly }: ProjectSettingsFormProps) {
  const { state, formAction, pending, onSubmit } = useFormAction<FormState>(
    updateProjectAction.bind(null, project.id),
    {},
  );
  const f = state.fields ?? {};
  const s = project.settings;

  return (
    // Keyed on updatedAt: after a save the fields start again from what was stored.
    <form key={project.updatedAt} action={formAction} onSubmit={onSubmit} noValidate>
      <fieldset disabled={readOnly} className="divide-y divide-slate-200">
        <legend className="sr-only">Project settings</legend>
        {(state.error || state.message) && (
          <div className="px-5 pt-5">
            <FormError message={state.error} />
            <FormSuccess message={state.message} />
          </div>
        )}
        <SettingsSection title="General" description="How the project appears in lists and reports.">
          <TextField id="name" name="name" label="Name" defaultValue={project.name} required maxLength={100} errors={f.name} />
          <TextareaField
            id="description"
            name="description"
            label="Description"
            rows={3}
            defaultValue={project.description}
            maxLength={2000}
            errors={f.description}
          />
        </SettingsSection>

        <SettingsSection title="Transcription" description="Defaults for recordings uploaded to this project.">
          <TextField
            id="settings.language"
            name="settings.language"
            label="Language"
            list="language-suggestions"
            defaultValue={s.language}
            hint="A language tag such as en-US or fr."
            className="max-w-48"
            errors={f["settings.language"]}
          />
          <datalist id="language-suggestions">
            {COMMON_LANGUAGES.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
          <ChoiceGroup
            id="settings.agentChannel"
            legend="Agent channel"
            hint="In stereo recordings, the channel that carries the agent's voice."
            errors={f["settings.agentChannel"]}
          >
            {(["left", "right"] as const).map((channel) => (
              <div key={channel} className="flex items-center gap-3">
                <input
                  id={`agent-channel-${channel}`}
                  type="radio"
                  name="settings.agentChannel"
                  value={channel}
                  defaultChecked={s.agentChannel === channel}
                  className="size-4 accent-brand-600"
                />
                <label htmlFor={`agent-channel-${channel}`} className="text-sm font-medium text-slate-800">
                  {channel === "left" ? "Left channel" : "Right channel"}
                </label>
              </div>
            ))}
          </ChoiceGroup>
        </SettingsSection>

        <SettingsSection title="Analysis" description="What Callscope works out from each conversation.">
          <CheckboxField
            id="settings.summary.enabled"
            name="settings.summary.enabled"
            label="Summaries"
            description="Write a short summary of every conversation."
            defaultChecked={s.summary.enabled}
          />
          <CheckboxField
            id="settings.sentiment.enabled"
            name="settings.sentiment.enabled"
            label="Sentiment"
            description="Score how positive or negative the customer and agent sound."
            defaultChecked={s.sentiment.enabled}
          />
        </SettingsSection>

        <SettingsSection title="Privacy" description="Remove personal data from transcripts before anyone reads them.">
          <CheckboxField
            id="settings.redaction.enabled"
            name="settings.redaction.enabled"
            label="Redact personal data"
            description="Replace the selected kinds of data in transcripts with placeholders."
            defaultChecked={s.redaction.enabled}
          />
          <ChoiceGroup id="settings.redaction.entities" legend="Data to redact" errors={f["settings.redaction.entities"]}>
            <div className="grid gap-3 sm:grid-cols-2">
              {REDACTION_ENTITIES.map((entity) => (
                <CheckboxField
                  key={entity}
                  id={`redact-${entity}`}
                  name="settings.redaction.entities"
                  value={entity}
                  label={ENTITY_LABELS[entity]}
                  defaultChecked={s.redaction.entities.includes(entity)}
                />
              ))}
            </div>
          </ChoiceGroup>
          <CheckboxField
            id="settings.redaction.keepOriginalAudio"
            name="settings.redaction.keepOriginalAudio"
            label="Keep the original audio"
            description="Otherwise only the redacted transcript is kept."
            defaultChecked={s.redaction.keepOriginalAudio}
          />
        </SettingsSection>

        <SettingsSection title="Retention" description="How long recordings and their analyses are kept.">
          <TextField
            id="settings.retentionDays"
            name="settings.retentionDays"
            label="Retention (days)"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            defaultValue={s.retentionDays ?? ""}
            hint="Between 1 and 3650 days. Leave empty to keep records until they are deleted."
            className="max-w-48"
            errors={f["settings.retentionDays"]}
          />
        </SettingsSection>
      </fieldset>
      {!readOnly && (
        <CardFooter>
          <Button type="submit" pending={pending} pendingLabel="Saving…">
            Save changes
          </Button>
        </CardFooter>
      )}
    </form>
  );
}
