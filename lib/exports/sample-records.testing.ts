import type { ExportedRecord } from "./exported-record";

/** A fully analysed call as the reader builds it, for the format writers' tests. */
export function sampleRecord(overrides: Partial<ExportedRecord> = {}): ExportedRecord {
  return {
    id: "rec_sample000000000001",
    createdAt: "2026-03-05T10:00:00.000Z",
    type: "call",
    status: "completed",
    title: "Billing question",
    projectId: "proj_sample0000000001",
    projectName: "Billing",
    agentName: "Sarah",
    durationSeconds: 205,
    qualityScore: 78.25,
    complianceStatus: "failed",
    metadata: {
      source: "api",
      direction: "inbound",
      customerPhone: "+1***4567",
      externalId: "crm-1",
      language: "en",
      completedAt: "2026-03-05T10:05:00.000Z",
      custom: { queue: "billing" },
    },
    analysis: {
      id: "ana_sample000000000001",
      scorecardVersion: 1,
      completedAt: "2026-03-05T10:05:00.000Z",
      categories: [
        { id: "greeting", name: "Greeting", score: 100 },
        { id: "compliance", name: "Compliance", score: 0 },
      ],
      improvements: ["Tell the customer the call is recorded."],
      sentiment: { label: "positive", score: 0.4 },
      topics: ["billing", "refund"],
    },
    summary: "The customer asked about a double charge; the agent refunded it.",
    criteria: [
      { id: "greeting", name: "Greeting", category: "greeting", categoryName: "Greeting", compliance: false, result: "passed", explanation: "The agent said “Thank you for calling”." },
      {
        id: "recording-disclosure",
        name: "Recording disclosure",
        category: "compliance",
        categoryName: "Compliance",
        compliance: true,
        result: "failed",
        explanation: "Nobody said the call is recorded.",
      },
    ],
    transcript: [
      { speaker: "agent", startMs: 0, text: "Thank you for calling, this is Sarah." },
      { speaker: "customer", startMs: 4000, text: "I was charged twice, \"again\", for March." },
    ],
    ...overrides,
  };
}

export async function* batchesOf<T>(...batches: T[][]): AsyncGenerator<T[]> {
  for (const batch of batches) yield batch;
}

export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}
