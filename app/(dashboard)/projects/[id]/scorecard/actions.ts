"use server";

import { revalidatePath } from "next/cache";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { formError, type FormState } from "@/lib/dashboard/form-state";
import type { ScorecardDefinition } from "@/lib/scoring/scorecard-schema";
import { previewScorecard, type ScorecardPreview } from "@/lib/services/scorecards/preview-scorecard";
import { saveScorecard } from "@/lib/services/scorecards/save-scorecard";

/** The editor sends its draft as JSON: a scorecard is a tree, not a flat form. */
function parseDraft(json: string): { ok: true; value: unknown } | { ok: false; state: FormState<never> } {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, state: { ok: false, error: "The scorecard could not be read. Reload the page and try again." } };
  }
}

export async function saveScorecardAction(
  projectId: string,
  definitionJson: string,
): Promise<FormState<{ version: number; definition: ScorecardDefinition }>> {
  const { ctx } = await getDashboardContext();
  const draft = parseDraft(definitionJson);
  if (!draft.ok) return draft.state;
  try {
    const saved = await saveScorecard(ctx, projectId, draft.value);
    revalidatePath(`/projects/${projectId}/scorecard`);
    const message = saved.created ? `Saved as version ${saved.version}.` : `No changes: version ${saved.version} is current.`;
    return { ok: true, message, data: { version: saved.version, definition: saved.definition } };
  } catch (error) {
    return formError(error);
  }
}

/** Scores a completed record with the unsaved draft; nothing is stored. */
export async function previewScorecardAction(projectId: string, recordId: string, definitionJson: string): Promise<FormState<ScorecardPreview>> {
  const { ctx } = await getDashboardContext();
  const draft = parseDraft(definitionJson);
  if (!draft.ok) return draft.state;
  try {
    return { ok: true, data: await previewScorecard(ctx, projectId, { recordId, definition: draft.value }) };
  } catch (error) {
    return formError(error);
  }
}
