"use client";

import { useState, useTransition } from "react";
import { previewScorecardAction } from "@/app/(dashboard)/projects/[id]/scorecard/actions";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { ScorecardPreview as Preview } from "@/lib/services/scorecards/preview-scorecard";
import { PreviewResult } from "./preview-result";
import { placeErrors, type PlacedErrors, type ScorecardDraft } from "./scorecard-draft";
import type { ScorecardDefinitionInput } from "@/lib/scoring/scorecard-schema";

export interface PreviewRecord {
  id: string;
  /** What people call the record. */
  name: string;
  /** The option's text: name, day and current score. */
  label: string;
}

interface ScorecardPreviewProps {
  projectId: string;
  records: readonly PreviewRecord[];
  /** The draft as it is now, and what it sends; errors found before sending. */
  snapshot: () => { draft: ScorecardDraft; definition: ScorecardDefinitionInput; localErrors: PlacedErrors | null };
  /** Field errors go to the editor's fields, where they can be fixed. */
  onFieldErrors: (errors: PlacedErrors) => void;
}

interface Shown {
  preview: Preview;
  recordName: string;
  categoryNames: Map<string, string>;
  passingScore: number | undefined;
}

/** Runs the unsaved draft against one completed record of the project. */
export function ScorecardPreview({ projectId, records, snapshot, onFieldErrors }: ScorecardPreviewProps) {
  const [recordId, setRecordId] = useState(records[0]?.id ?? "");
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [recordErrors, setRecordErrors] = useState<string[] | undefined>();
  const [pending, startTransition] = useTransition();

  if (records.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        This project has no completed records yet. Upload a recording or send a conversation through the API, then preview the scorecard against it.
      </p>
    );
  }

  function run() {
    const { draft, definition, localErrors } = snapshot();
    setRecordErrors(undefined);
    if (localErrors) {
      onFieldErrors(localErrors);
      setError("Correct the highlighted fields of the scorecard, then preview again.");
      return;
    }
    const record = records.find((r) => r.id === recordId);
    startTransition(async () => {
      const state = await previewScorecardAction(projectId, recordId, JSON.stringify(definition));
      if (state.ok && state.data) {
        setError(undefined);
        onFieldErrors({ fields: {}, other: [] });
        const passing = Number(draft.passingScore);
        setShown({
          preview: state.data,
          recordName: record?.name ?? recordId,
          categoryNames: new Map(draft.categories.map((c) => [c.id, c.name || c.id])),
          passingScore: draft.passingScore.trim() && Number.isFinite(passing) ? passing : undefined,
        });
        return;
      }
      setShown(null);
      setRecordErrors(state.fields?.recordId);
      const { recordId: _ignored, ...rest } = state.fields ?? {};
      const placed = placeErrors(rest, draft, "definition.");
      onFieldErrors(placed);
      setError(Object.keys(placed.fields).length ? "Correct the highlighted fields of the scorecard, then preview again." : state.error);
    });
  }

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          id="preview-record"
          label="Record"
          value={recordId}
          onChange={(e) => setRecordId(e.target.value)}
          options={records.map((r) => ({ value: r.id, label: r.label }))}
          hint="The project's most recent completed records."
          errors={recordErrors}
          fieldClassName="min-w-64 flex-1 sm:max-w-md"
        />
        <Button variant="secondary" onClick={run} pending={pending} pendingLabel="Scoring…" className="mb-6.5">
          Preview score
        </Button>
      </div>
      <FormError message={error} />
      <p role="status" className="sr-only">
        {shown
          ? `Preview ready: ${shown.preview.qualityScore === null ? "no score" : `score ${shown.preview.qualityScore} out of 100`}, compliance ${shown.preview.complianceStatus}.`
          : ""}
      </p>
      {shown && <PreviewResult {...shown} />}
    </div>
  );
}
