"use client";

import { useEffect, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { saveScorecardAction } from "@/app/(dashboard)/projects/[id]/scorecard/actions";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { FieldError, FormError, FormSuccess } from "@/components/ui/form-error";
import type { ScorecardDefinition } from "@/lib/scoring/scorecard-schema";
import { CategoriesEditor } from "./categories-editor";
import { CriterionFieldset, criterionControlId } from "./criterion-fieldset";
import {
  categoryUsage,
  definitionToDraft,
  draftToDefinition,
  move,
  newCategoryId,
  newCriterion,
  placeErrors,
  type CriterionDraft,
  type PlacedErrors,
  type ScorecardDraft,
} from "./scorecard-draft";
import { ScorecardPreview, type PreviewRecord } from "./scorecard-preview";

interface ScorecardEditorProps {
  projectId: string;
  definition: ScorecardDefinition;
  /** Older versions and roles without projects:manage see the scorecard without changing it. */
  readOnly: boolean;
  /** Completed records to preview against; none when the preview is not offered. */
  previewRecords?: readonly PreviewRecord[];
}

const NO_ERRORS: PlacedErrors = { fields: {}, other: [] };

export function ScorecardEditor({ projectId, definition, readOnly, previewRecords }: ScorecardEditorProps) {
  const [draft, setDraft] = useState<ScorecardDraft>(() => definitionToDraft(definition));
  const [saved, setSaved] = useState<ScorecardDraft>(draft);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  const [announcement, setAnnouncement] = useState("");
  const [saving, startSaving] = useTransition();
  const nextKey = useRef(0);
  const pendingFocus = useRef<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const [focusFirstError, setFocusFirstError] = useState(0);

  const usage = useMemo(() => categoryUsage(draft), [draft]);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);

  // Moving or adding rows re-creates DOM nodes; after the render, focus goes where the person expects it.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    const target = document.getElementById(id);
    if (target instanceof HTMLButtonElement && target.disabled) {
      // Moved to the top or the bottom: the other direction's button is the one still usable.
      document.getElementById(id.replace(/-(up|down)$/, (_m, d: string) => (d === "up" ? "-down" : "-up")))?.focus();
    } else {
      target?.focus();
      if (target instanceof HTMLInputElement) target.select();
    }
  });

  // After a failed save the first field to fix gets the focus (and scrolls into view).
  useEffect(() => {
    if (!focusFirstError) return;
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // Centred, so the sticky save bar does not cover it.
    field?.scrollIntoView({ block: "center" });
    field?.focus({ preventScroll: true });
  }, [focusFirstError]);

  useEffect(() => {
    if (!dirty || readOnly) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, readOnly]);

  const focusAfterRender = (id: string) => {
    pendingFocus.current = id;
  };
  const update = (patch: Partial<ScorecardDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateCriterion = (key: string, patch: Partial<CriterionDraft>) =>
    setDraft((d) => ({ ...d, criteria: d.criteria.map((c) => (c.key === key ? { ...c, ...patch } : c)) }));

  function addCriterion() {
    const key = `new${nextKey.current++}`;
    setDraft((d) => ({ ...d, criteria: [...d.criteria, newCriterion(key, d.categories, d.criteria.length + 1)] }));
    focusAfterRender(criterionControlId(key, "name"));
  }

  function moveCriterion(index: number, delta: -1 | 1) {
    const c = draft.criteria[index];
    if (!c) return;
    setDraft((d) => ({ ...d, criteria: move(d.criteria, index, delta) }));
    setAnnouncement(`${c.name || "Criterion"} moved to position ${index + delta + 1} of ${draft.criteria.length}.`);
    focusAfterRender(criterionControlId(c.key, delta === -1 ? "up" : "down"));
  }

  function removeCriterion(index: number) {
    const c = draft.criteria[index];
    if (!c) return;
    setDraft((d) => ({ ...d, criteria: d.criteria.filter((x) => x.key !== c.key) }));
    setAnnouncement(`${c.name || "Criterion"} removed. It is gone from the scorecard once you save.`);
    focusAfterRender("add-criterion");
  }

  function addCategory(name: string) {
    const key = `newcat${nextKey.current++}`;
    setDraft((d) => ({ ...d, categories: [...d.categories, { key, id: newCategoryId(name, d.categories), name, builtIn: false }] }));
    setAnnouncement(`Category ${name} added.`);
  }

  /** What the draft sends, and what is wrong with it before sending. */
  function snapshot() {
    const { definition: def, errors: local } = draftToDefinition(draft);
    return { draft, definition: def, localErrors: Object.keys(local).length ? placeErrors(local, draft) : null };
  }

  function showErrors(placed: PlacedErrors, message: string | undefined) {
    setErrors(placed);
    setStatus({ error: message });
    setFocusFirstError((n) => n + 1);
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readOnly || saving) return;
    const { draft: sent, definition: def, localErrors } = snapshot();
    if (localErrors) return showErrors(localErrors, "Please correct the highlighted fields.");
    startSaving(async () => {
      const state = await saveScorecardAction(projectId, JSON.stringify(def));
      if (state.ok && state.data) {
        // Start again from what was stored: new criteria now have their ids, text is trimmed.
        const next = definitionToDraft(state.data.definition);
        setDraft(next);
        setSaved(next);
        setErrors(NO_ERRORS);
        setStatus({ message: state.message });
        return;
      }
      showErrors(placeErrors(state.fields, sent), state.error);
    });
  }

  const f = errors.fields;
  return (
    <>
      <form ref={form} onSubmit={save} noValidate aria-label="Scorecard">
        {/* Sticky at the top: the save button and its messages stay in reach on a long scorecard, and sit in place in print and screenshots. */}
        {!readOnly && (
          <div className="sticky top-0 z-10 mb-6 rounded-lg bg-white/95 px-5 py-3 shadow-sm ring-1 ring-slate-200 backdrop-blur">
            <div className="flex flex-wrap items-center justify-end gap-3">
              <div className="mr-auto min-w-0 flex-1 space-y-2">
                <FormError message={status.error} />
                {status.error && errors.other.length > 0 && (
                  <ul className="list-disc pl-5 text-sm text-red-800">
                    {errors.other.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
                {!status.error && <FormSuccess message={dirty ? undefined : status.message} />}
                {!status.error && (dirty || !status.message) && (
                  <p className="text-sm text-slate-600">{dirty ? "You have unsaved changes." : "No changes yet."}</p>
                )}
              </div>
              <Button type="submit" pending={saving} pendingLabel="Saving…">
                Save as new version
              </Button>
            </div>
          </div>
        )}
        <fieldset disabled={readOnly} className="min-w-0 space-y-6">
          <legend className="sr-only">Scorecard</legend>
          <Card aria-labelledby="scorecard-general-title">
            <CardHeader titleId="scorecard-general-title" title="General" description="How the scorecard is named and when a score counts as low." />
            <CardBody className="grid gap-4 sm:grid-cols-3">
              <TextField
                id="scorecard-name"
                label="Scorecard name"
                value={draft.name}
                maxLength={120}
                onChange={(e) => update({ name: e.target.value })}
                errors={f.name}
                fieldClassName="sm:col-span-2"
              />
              <TextField
                id="scorecard-passing-score"
                label="Passing score"
                type="number"
                inputMode="decimal"
                min={0}
                max={100}
                value={draft.passingScore}
                onChange={(e) => update({ passingScore: e.target.value })}
                hint="0 to 100. Scores below it are low and come first in review."
                errors={f.passingScore}
              />
            </CardBody>
          </Card>

          <Card aria-labelledby="scorecard-categories-title">
            <CardHeader titleId="scorecard-categories-title" title="Categories" description="Each category gets its own score from its criteria." />
            <CardBody>
              <CategoriesEditor
                categories={draft.categories}
                usage={usage}
                errors={f}
                readOnly={readOnly}
                onRename={(key, name) => update({ categories: draft.categories.map((c) => (c.key === key ? { ...c, name } : c)) })}
                onAdd={addCategory}
                onRemove={(key) => update({ categories: draft.categories.filter((c) => c.key !== key) })}
              />
            </CardBody>
          </Card>

          <Card aria-labelledby="scorecard-criteria-title" className="overflow-visible">
            <CardHeader
              titleId="scorecard-criteria-title"
              title={`Criteria (${draft.criteria.length})`}
              description="What every conversation is checked for. The score is the weighted share of criteria passed."
            />
            <CardBody className="space-y-5">
              {draft.criteria.map((c, i) => (
                <CriterionFieldset
                  key={c.key}
                  criterion={c}
                  index={i}
                  count={draft.criteria.length}
                  categories={draft.categories}
                  errors={f}
                  readOnly={readOnly}
                  onChange={(patch) => updateCriterion(c.key, patch)}
                  onMove={(delta) => moveCriterion(i, delta)}
                  onRemove={() => removeCriterion(i)}
                />
              ))}
              <FieldError id="criteria-error" label="Criteria" messages={f.criteria} />
              {!readOnly && (
                <Button id="add-criterion" variant="secondary" onClick={addCriterion}>
                  <span aria-hidden="true">+</span> Add criterion
                </Button>
              )}
            </CardBody>
          </Card>
        </fieldset>

      </form>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {!readOnly && previewRecords && (
        <Card className="mt-6" aria-labelledby="scorecard-preview-title">
          <CardHeader
            titleId="scorecard-preview-title"
            title="Preview"
            description="Score a completed record with the scorecard as it is on this page, before saving it."
          />
          <CardBody>
            <ScorecardPreview projectId={projectId} records={previewRecords} snapshot={snapshot} onFieldErrors={(placed) => {
                setErrors(placed);
                if (Object.keys(placed.fields).length) setFocusFirstError((n) => n + 1);
              }} />
          </CardBody>
        </Card>
      )}
    </>
  );
}
