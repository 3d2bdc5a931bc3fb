"use client";

import { SelectField, TextField, TextareaField } from "@/components/ui/field";
import {
  CHECK_TYPE_OPTIONS,
  EXPECT_OPTIONS,
  GAP_OPTIONS,
  METRIC_OPTIONS,
  PHRASE_SPEAKER_OPTIONS,
  SENTIMENT_RULE_OPTIONS,
  SENTIMENT_SPEAKER_OPTIONS,
  WINDOW_OPTIONS,
} from "./labels";
import type { CheckType, CriterionDraft, CriterionField } from "./scorecard-draft";

interface CheckFieldsProps {
  /** Prefix of the inputs' ids, unique per criterion. */
  idPrefix: string;
  criterion: CriterionDraft;
  errorsOf: (field: CriterionField) => string[] | undefined;
  onChange: (patch: Partial<CriterionDraft>) => void;
}

/** The check of one criterion: its type, then the fields that type needs. */
export function CheckFields({ idPrefix, criterion: c, errorsOf, onChange }: CheckFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset className="space-y-4 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200 ring-inset">
      <legend className="sr-only">Check</legend>
      <SelectField
        id={id("check-type")}
        label="Check type"
        value={c.checkType}
        onChange={(e) => onChange({ checkType: e.target.value as CheckType })}
        options={CHECK_TYPE_OPTIONS}
        errors={errorsOf("check.type")}
        fieldClassName="max-w-md"
      />
      {c.checkType === "phrase" && <PhraseFields id={id} phrase={c.phrase} errorsOf={errorsOf} onChange={(p) => onChange({ phrase: { ...c.phrase, ...p } })} />}
      {c.checkType === "metric" && <MetricFields id={id} metric={c.metric} errorsOf={errorsOf} onChange={(p) => onChange({ metric: { ...c.metric, ...p } })} />}
      {c.checkType === "sentiment" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id={id("sentiment-speaker")}
            label="Whose sentiment"
            value={c.sentiment.speaker}
            onChange={(e) => onChange({ sentiment: { ...c.sentiment, speaker: e.target.value as CriterionDraft["sentiment"]["speaker"] } })}
            options={SENTIMENT_SPEAKER_OPTIONS}
            errors={errorsOf("check.speaker")}
          />
          <SelectField
            id={id("sentiment-rule")}
            label="Passes when it"
            value={c.sentiment.rule}
            onChange={(e) => onChange({ sentiment: { ...c.sentiment, rule: e.target.value as CriterionDraft["sentiment"]["rule"] } })}
            options={SENTIMENT_RULE_OPTIONS}
            errors={errorsOf("check.rule")}
          />
        </div>
      )}
      {c.checkType === "question" && (
        <TextareaField
          id={id("question")}
          label="Question"
          rows={2}
          maxLength={500}
          value={c.question.question}
          onChange={(e) => onChange({ question: { question: e.target.value } })}
          hint="A yes-or-no question about the conversation. The LLM answers it when records are analysed, and yes passes; the preview cannot answer it."
          errors={errorsOf("check.question")}
        />
      )}
    </fieldset>
  );
}

type IdOf = (name: string) => string;

function PhraseFields({
  id,
  phrase,
  errorsOf,
  onChange,
}: {
  id: IdOf;
  phrase: CriterionDraft["phrase"];
  errorsOf: CheckFieldsProps["errorsOf"];
  onChange: (patch: Partial<CriterionDraft["phrase"]>) => void;
}) {
  return (
    <>
      <TextareaField
        id={id("phrases")}
        label="Phrases"
        rows={Math.min(10, Math.max(3, phrase.phrases.split("\n").length + 1))}
        value={phrase.phrases}
        onChange={(e) => onChange({ phrases: e.target.value })}
        hint="One per line. Close variants match too: “thanks for calling” also finds “thank you for calling”."
        errors={errorsOf("check.phrases")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={id("expect")}
          label="Expectation"
          value={phrase.expect}
          onChange={(e) => onChange({ expect: e.target.value as CriterionDraft["phrase"]["expect"] })}
          options={EXPECT_OPTIONS}
          errors={errorsOf("check.expect")}
        />
        <SelectField
          id={id("speaker")}
          label="Said by"
          value={phrase.speaker}
          onChange={(e) => onChange({ speaker: e.target.value as CriterionDraft["phrase"]["speaker"] })}
          options={PHRASE_SPEAKER_OPTIONS}
          errors={errorsOf("check.speaker")}
        />
        <SelectField
          id={id("window")}
          label="When"
          value={phrase.window}
          onChange={(e) => onChange({ window: e.target.value as CriterionDraft["phrase"]["window"] })}
          options={WINDOW_OPTIONS}
        />
        {phrase.window !== "anywhere" && (
          <TextField
            id={id("seconds")}
            label="Seconds"
            type="number"
            inputMode="decimal"
            min={1}
            max={86400}
            value={phrase.seconds}
            onChange={(e) => onChange({ seconds: e.target.value })}
            hint={phrase.window === "first" ? "Counted from the start of the conversation." : "Counted back from the end of the conversation."}
            errors={errorsOf("check.window")}
          />
        )}
        <SelectField
          id={id("maxWordsBetween")}
          label="Words allowed inside a phrase"
          value={phrase.maxWordsBetween}
          onChange={(e) => onChange({ maxWordsBetween: e.target.value })}
          options={GAP_OPTIONS}
          hint="With 2, “I am sorry” also finds “I'm so very sorry”. A “not” or “never” inside never matches."
          errors={errorsOf("check.maxWordsBetween")}
        />
      </div>
    </>
  );
}

function MetricFields({
  id,
  metric,
  errorsOf,
  onChange,
}: {
  id: IdOf;
  metric: CriterionDraft["metric"];
  errorsOf: CheckFieldsProps["errorsOf"];
  onChange: (patch: Partial<CriterionDraft["metric"]>) => void;
}) {
  const option = METRIC_OPTIONS.find((o) => o.value === metric.metric);
  return (
    <>
      <SelectField
        id={id("metric")}
        label="Metric"
        value={metric.metric}
        onChange={(e) => onChange({ metric: e.target.value as CriterionDraft["metric"]["metric"] })}
        options={METRIC_OPTIONS}
        hint={option?.hint}
        errors={errorsOf("check.metric")}
        fieldClassName="max-w-md"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={id("min")}
          label="Minimum"
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          value={metric.min}
          onChange={(e) => onChange({ min: e.target.value })}
          hint="Empty for no lower limit."
          errors={errorsOf("check.min")}
        />
        <TextField
          id={id("max")}
          label="Maximum"
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          value={metric.max}
          onChange={(e) => onChange({ max: e.target.value })}
          hint="Empty for no upper limit. Set at least one of the two."
          errors={errorsOf("check.max")}
        />
      </div>
    </>
  );
}
