import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { alertIncidents, alertRules, organizations } from "../../../db/schema";
import { config } from "../../config";
import { alertEmail } from "../../email/alert-email";
import { queueEmail } from "../../email/queue-email";
import { incidentEventData } from "../webhooks/event-data";
import { publishWebhookEvent } from "../webhooks/publish-event";
import { alertEmailRecipients } from "./alert-recipients";

type IncidentRef = { orgId: string; incidentId: string };

async function loadIncident(db: Db, ref: IncidentRef) {
  const [incident] = await db
    .select()
    .from(alertIncidents)
    .where(and(eq(alertIncidents.id, ref.incidentId), eq(alertIncidents.orgId, ref.orgId)))
    .limit(1);
  if (!incident?.ruleId) return null;
  const [rule] = await db
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.id, incident.ruleId), eq(alertRules.orgId, ref.orgId)))
    .limit(1);
  // A rule deleted since: its actions went with it.
  return rule ? { incident, rule } : null;
}

/**
 * alert.triggered to the organization's webhook endpoints, when the rule asks
 * for it. Keyed on the incident, so a repeated job step sends it once.
 */
export async function publishAlertTriggered(db: Db, ref: IncidentRef): Promise<{ eventId: string | null; deliveries: number }> {
  const found = await loadIncident(db, ref);
  if (!found || !found.rule.actions.includes("webhook")) return { eventId: null, deliveries: 0 };
  const { incident, rule } = found;
  const { eventId, deliveryIds } = await db.transaction((tx) =>
    publishWebhookEvent(tx, {
      orgId: ref.orgId,
      type: "alert.triggered",
      data: incidentEventData(incident, rule),
      dedupeKey: incident.id,
      occurredAt: incident.createdAt,
    }),
  );
  return { eventId, deliveries: deliveryIds.length };
}

/**
 * One email per recipient (the rule's list, or the owners and admins), queued
 * with retries; nothing when SMTP is not configured or the rule has no email
 * action. Returns how many were queued.
 */
export async function queueAlertEmails(db: Db, ref: IncidentRef): Promise<{ queued: number; notConfigured: boolean }> {
  const found = await loadIncident(db, ref);
  if (!found || !found.rule.actions.includes("email")) return { queued: 0, notConfigured: false };
  const { incident, rule } = found;
  const [org] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, ref.orgId));
  const message = alertEmail({
    orgName: org?.name ?? ref.orgId,
    ruleName: incident.ruleName,
    message: incident.message,
    recordUrl: `${config().appUrl}/records/${incident.recordId}`,
    incidentsUrl: `${config().appUrl}/alerts/incidents`,
    createdAt: incident.createdAt,
  });
  const recipients = await alertEmailRecipients(db, ref.orgId, rule);
  let queued = 0;
  let notConfigured = false;
  // One transaction: all of an incident's emails are queued, or none and the step retries.
  await db.transaction(async (tx) => {
    for (const to of recipients) {
      const result = await queueEmail(tx, { orgId: ref.orgId, category: "alert", to, ...message });
      if (result.status === "queued") queued++;
      else notConfigured = true;
    }
  });
  return { queued, notConfigured };
}
