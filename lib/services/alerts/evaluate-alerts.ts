import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { alertIncidents, alertMatches, alertRules, analyses, records, transcripts, type TranscriptSegment } from "../../../db/schema";
import { sendJobEvents, wakeJobEngine } from "../../../inngest/engine";
import { EVENTS } from "../../../inngest/events";
import type { AlertCondition } from "../../alerts/condition";
import { evaluateRules, needsTranscript, type RuleMatch } from "../../alerts/evaluate-rules";
import { alertFactsFrom } from "../../alerts/facts";
import { describeWithin, windowMs, type AlertWindow } from "../../alerts/window";
import { newId } from "../../ids";

export interface EvaluateAlertsRef {
  orgId: string;
  analysisId: string;
}

export interface EvaluateAlertsResult {
  /** Rules the analysis matched (before de-duplication). */
  matched: number;
  /** Matches recorded now: rule and record pairs not seen before. */
  newMatches: number;
  /** Incidents raised now. */
  incidentIds: string[];
  /** Why nothing was evaluated. */
  skipped?: "analysis-not-completed";
}

export interface EvaluateAlertsOptions {
  /** How incidents announce themselves; the engine's by default, in the same transaction. */
  sendEvents?: typeof sendJobEvents;
  now?: Date;
}

interface LoadedRule {
  id: string;
  name: string;
  condition: AlertCondition;
  window: AlertWindow | null;
  countFrom: Date;
}

interface RecordFacts {
  recordId: string;
  projectId: string;
  agentName: string | null;
}

interface NewIncident {
  rule: LoadedRule;
  value: number | string;
  message: string;
  matchedRecordIds: string[];
}

function rowsOf<T>(result: unknown): T[] {
  // postgres.js returns the rows as an array; PGlite wraps them in { rows }.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The group a record is counted in for a windowed rule; null when it has none (no agent name). */
function groupKeyOf(window: AlertWindow, record: RecordFacts): string | null {
  if (window.per === "organization") return "organization";
  if (window.per === "project") return `project:${record.projectId}`;
  const agent = record.agentName?.trim().toLowerCase();
  return agent ? `agent:${agent}` : null;
}

function windowedMessage(window: AlertWindow, count: number, record: RecordFacts, latest: string): string {
  const group = window.per === "agent" ? ` for agent ${record.agentName?.trim()}` : window.per === "project" ? " in the project" : "";
  return `${count} matches${group} within ${describeWithin(window)}; latest: ${latest}`;
}

/**
 * Evaluates the organization's enabled rules against one completed analysis
 * and records what matched. Two to three reads (the analysis with its record,
 * the rules, the transcript only when a keyword rule needs it) and a few
 * writes in one transaction, however many rules there are. Idempotent: a
 * match is unique per rule and record, an incident per rule and record, so a
 * retry or a re-analysis of the same record raises nothing twice. Exported
 * for the job and for benchmarks.
 */
export async function evaluateAlertsForAnalysis(db: Db, ref: EvaluateAlertsRef, options: EvaluateAlertsOptions = {}): Promise<EvaluateAlertsResult> {
  const now = options.now ?? new Date();
  const [loaded] = await db
    .select({
      status: analyses.status,
      recordId: analyses.recordId,
      projectId: analyses.projectId,
      qualityScore: analyses.qualityScore,
      complianceStatus: analyses.complianceStatus,
      criteria: analyses.criteria,
      sentiment: analyses.sentiment,
      durationMs: records.durationMs,
      agentName: records.agentName,
    })
    .from(analyses)
    .innerJoin(records, eq(records.id, analyses.recordId))
    .where(and(eq(analyses.id, ref.analysisId), eq(analyses.orgId, ref.orgId)))
    .limit(1);
  if (!loaded || loaded.status !== "completed") return { matched: 0, newMatches: 0, incidentIds: [], skipped: "analysis-not-completed" };

  const rules: LoadedRule[] = await db
    .select({ id: alertRules.id, name: alertRules.name, condition: alertRules.condition, window: alertRules.window, countFrom: alertRules.countFrom })
    .from(alertRules)
    .where(
      and(
        eq(alertRules.orgId, ref.orgId),
        eq(alertRules.enabled, true),
        or(isNull(alertRules.projectId), eq(alertRules.projectId, loaded.projectId)),
      ),
    );
  if (rules.length === 0) return { matched: 0, newMatches: 0, incidentIds: [] };

  let segments: TranscriptSegment[] | null = null;
  if (needsTranscript(rules)) {
    const [transcript] = await db.select({ segments: transcripts.segments }).from(transcripts).where(eq(transcripts.recordId, loaded.recordId)).limit(1);
    segments = transcript?.segments ?? null;
  }
  const facts = alertFactsFrom({ analysis: loaded, record: loaded, segments });
  const matches = evaluateRules(rules, facts);
  if (matches.length === 0) return { matched: 0, newMatches: 0, incidentIds: [] };

  const record: RecordFacts = { recordId: loaded.recordId, projectId: loaded.projectId, agentName: loaded.agentName };
  const send = options.sendEvents ?? sendJobEvents;
  const result = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(alertMatches)
      .values(
        matches.map((m) => ({
          ruleId: m.rule.id,
          recordId: record.recordId,
          orgId: ref.orgId,
          analysisId: ref.analysisId,
          groupKey: m.rule.window ? groupKeyOf(m.rule.window, record) : null,
          matchedAt: now,
        })),
      )
      // The (rule, record) pair is unique: this record already fired (or counted for) the rule.
      .onConflictDoNothing({ target: [alertMatches.ruleId, alertMatches.recordId] })
      .returning({ ruleId: alertMatches.ruleId, groupKey: alertMatches.groupKey });
    const fresh = new Map(inserted.map((r) => [r.ruleId, r.groupKey]));
    const newMatches = matches.filter((m) => fresh.has(m.rule.id));

    const incidents: NewIncident[] = newMatches
      .filter((m) => !m.rule.window)
      .map((m) => ({ rule: m.rule, value: m.value, message: m.message, matchedRecordIds: [record.recordId] }));
    const windowed = newMatches.filter((m) => m.rule.window && fresh.get(m.rule.id));
    if (windowed.length) incidents.push(...(await tippedWindows(tx, windowed, fresh, record, now)));
    if (incidents.length === 0) return { newMatches: newMatches.length, incidentIds: [] };

    const created = await tx
      .insert(alertIncidents)
      .values(
        incidents.map((i) => ({
          id: newId("incident"),
          orgId: ref.orgId,
          ruleId: i.rule.id,
          ruleName: i.rule.name,
          recordId: record.recordId,
          analysisId: ref.analysisId,
          projectId: record.projectId,
          agentName: record.agentName,
          matchedValue: i.value,
          message: i.message,
          matchedRecordIds: i.matchedRecordIds,
          createdAt: now,
        })),
      )
      .onConflictDoNothing({ target: [alertIncidents.ruleId, alertIncidents.recordId] })
      .returning({ id: alertIncidents.id, ruleId: alertIncidents.ruleId });
    for (const incident of created) {
      const counted = incidents.find((i) => i.rule.id === incident.ruleId)!;
      if (counted.matchedRecordIds.length > 1) {
        await tx
          .update(alertMatches)
          .set({ incidentId: incident.id })
          .where(and(eq(alertMatches.ruleId, counted.rule.id), inArray(alertMatches.recordId, counted.matchedRecordIds)));
      }
    }
    if (created.length) {
      await send(
        created.map((c) => ({
          id: `alert-triggered:${c.id}`,
          name: EVENTS.alertTriggered.name,
          data: { orgId: ref.orgId, incidentId: c.id, ruleId: c.ruleId! },
        })),
        { db: tx },
      );
    }
    return { newMatches: newMatches.length, incidentIds: created.map((c) => c.id) };
  });
  if (result.incidentIds.length) await wakeJobEngine();
  return { matched: matches.length, ...result };
}

/**
 * Windowed rules: the record's match counts towards its group; once the
 * group's matches not yet used by an incident, within the window (and since
 * the rule last changed what it counts), reach the rule's count, they raise
 * one incident together. A lock per (rule, group) makes concurrent analyses
 * of one agent count one after the other, so the Nth match fires exactly once.
 */
async function tippedWindows(
  tx: Db,
  windowed: readonly RuleMatch<LoadedRule>[],
  groups: ReadonlyMap<string, string | null>,
  record: RecordFacts,
  now: Date,
): Promise<NewIncident[]> {
  const keyed = windowed.map((m) => ({ match: m, window: m.rule.window!, groupKey: groups.get(m.rule.id)! }));
  const lockKeys = [...new Set(keyed.map((k) => `${k.match.rule.id}:${k.groupKey}`))].sort();
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(array[${sql.join(
      lockKeys.map((k) => sql`${k}`),
      sql`, `,
    )}]::text[]) as k order by k`,
  );
  const windows = keyed.map((k) => {
    const since = new Date(Math.max(now.getTime() - windowMs(k.window), k.match.rule.countFrom.getTime()));
    return sql`(${k.match.rule.id}::text, ${k.groupKey}::text, ${since.toISOString()}::timestamptz)`;
  });
  const counted = rowsOf<{ rule_id: string; record_id: string }>(
    await tx.execute(sql`
      select m.rule_id, m.record_id
      from alert_matches m
      join (values ${sql.join(windows, sql`, `)}) as w(rule_id, group_key, since)
        on m.rule_id = w.rule_id and m.group_key = w.group_key and m.matched_at >= w.since
      where m.incident_id is null
      order by m.rule_id, m.matched_at, m.record_id`),
  );
  const byRule = new Map<string, string[]>();
  for (const row of counted) {
    if (!byRule.has(row.rule_id)) byRule.set(row.rule_id, []);
    byRule.get(row.rule_id)!.push(row.record_id);
  }
  const tipped: NewIncident[] = [];
  for (const { match, window } of keyed) {
    // This record's own match is committed in this transaction, so it is always among them.
    const ids = byRule.get(match.rule.id) ?? [];
    if (ids.length < window.count) continue;
    // The record that tipped it comes last, whatever the clock said.
    const ordered = [...ids.filter((id) => id !== record.recordId), record.recordId];
    tipped.push({
      rule: match.rule,
      value: match.value,
      message: windowedMessage(window, ordered.length, record, match.message),
      matchedRecordIds: ordered,
    });
  }
  return tipped;
}
