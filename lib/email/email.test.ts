import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { emailMessages } from "../../db/schema";
import { createOrgWithOwner, randomEmail } from "../../db/testing/factories";
import { createTestDb, type TestDb } from "../../db/testing/test-db";
import { jobDeps } from "../../inngest/deps";
import { decodeQuotedPrintable, startSmtpServer, type TestSmtpServer } from "../../test-fixtures/smtp-server";
import { resetConfigForTests } from "../config";
import type { ServiceContext } from "../services/context";
import { inviteMember } from "../services/members/invite-member";
import { sendEmail } from "./send-email";
import { jobRunner } from "../../test-fixtures/job-test-env";

let testDb: TestDb;
let owner: ServiceContext;
let orgName: string;
let smtp: TestSmtpServer;
const ACCOUNT = { user: "callscope@mail.test", pass: "p@ss:word/1" };

beforeAll(async () => {
  smtp = await startSmtpServer(ACCOUNT);
  testDb = await createTestDb();
  jobDeps.getDb = async () => testDb.db;
  const org = await createOrgWithOwner(testDb.db, "Acme <Support> & Co");
  owner = org.ctx;
  orgName = org.org.name;
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetConfigForTests();
});
afterAll(async () => {
  await smtp.close();
  await testDb.close();
});

function useSmtp(url: string) {
  vi.stubEnv("SMTP_URL", url);
  vi.stubEnv("EMAIL_FROM", "Callscope QA <qa@callscope.test>");
  vi.stubEnv("APP_URL", "https://qa.callscope.test");
  resetConfigForTests();
}

const runJobs = () => jobRunner(testDb.db).runUntilIdle(30_000);

async function emailRows(to: string) {
  return testDb.db.select().from(emailMessages).where(eq(emailMessages.to, to));
}

describe("invitation email", () => {
  it("sends the acceptance link through an SMTP server that requires sign-in", async () => {
    useSmtp(smtp.url());
    const email = randomEmail();
    const invitation = await inviteMember(owner, { email, role: "admin" });
    expect(invitation.emailStatus).toBe("queued");
    const token = invitation.acceptUrl.split("/invite/")[1]!;
    expect(invitation.acceptUrl).toBe(`https://qa.callscope.test/invite/${token}`);

    // Until it is sent, the message waits sealed: the token is nowhere in the row.
    const [waiting] = await emailRows(email);
    expect(waiting).toMatchObject({ status: "pending", category: "invitation" });
    expect(JSON.stringify(waiting)).not.toContain(token);

    await runJobs();
    const mail = smtp.messages.find((m) => m.to.includes(email));
    expect(mail).toMatchObject({ user: ACCOUNT.user, from: "qa@callscope.test", to: [email] });
    const decoded = decodeQuotedPrintable(mail!.raw);
    expect(decoded).toMatch(/^From: Callscope QA <qa@callscope\.test>$/m);
    expect(decoded).toMatch(new RegExp(`^To: ${email.replace(/[.+]/g, "\\$&")}$`, "m"));
    expect(decoded).toMatch(/^Subject: Join Acme <Support> & Co on Callscope$/m);
    expect(decoded).toContain(`Owner invited you to join ${orgName} on Callscope as an admin.`);
    expect(decoded).toContain(invitation.acceptUrl);
    // The HTML part links to it too, with the organization's name escaped.
    expect(decoded).toContain(`<a href="${invitation.acceptUrl}"`);
    expect(decoded).toContain("Acme &lt;Support&gt; &amp; Co");
    expect(decoded).toMatch(/Content-Type: text\/plain/);
    expect(decoded).toMatch(/Content-Type: text\/html/);

    const [sent] = await emailRows(email);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, contentSealed: null, lastError: null, messageId: expect.stringContaining("@") });
  });

  it("retries a refused sign-in, then marks the message failed and drops its content", async () => {
    useSmtp(smtp.url({ user: ACCOUNT.user, pass: "wrong" }));
    const email = randomEmail();
    await inviteMember(owner, { email, role: "viewer" });
    await runJobs();
    expect(smtp.messages.some((m) => m.to.includes(email))).toBe(false);
    const [failed] = await emailRows(email);
    expect(failed).toMatchObject({ status: "failed", attempts: 7, contentSealed: null });
    expect(failed!.lastError).toMatch(/Invalid username or password|535/);
  });

  it("without SMTP_URL sends nothing, says so, and still gives the link to share by hand", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const email = randomEmail();
    const invitation = await inviteMember(owner, { email, role: "reviewer" });
    expect(invitation).toMatchObject({ emailStatus: "not_configured", acceptUrl: expect.stringMatching(/\/invite\/csi_/) });
    expect(await emailRows(email)).toEqual([]);
  });
});

describe("sendEmail", () => {
  it("sends a message now, for code already inside a job step", async () => {
    useSmtp(smtp.url());
    const to = randomEmail();
    const { messageId } = await sendEmail({ to, subject: "Alert: compliance failed", text: "Record rec_1 failed compliance.", html: "<p>Record <b>rec_1</b> failed compliance.</p>" });
    expect(messageId).toMatch(/@/);
    const mail = smtp.messages.find((m) => m.to.includes(to))!;
    expect(mail.raw).toMatch(/^Subject: Alert: compliance failed\r?$/m);
    expect(decodeQuotedPrintable(mail.raw)).toContain("<b>rec_1</b>");
  });

  it("refuses to run without SMTP_URL", async () => {
    await expect(sendEmail({ to: randomEmail(), subject: "x", text: "y" })).rejects.toThrow(/SMTP_URL/);
  });
});
