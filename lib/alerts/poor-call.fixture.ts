import type { TranscriptSegment } from "@/db/schema/transcripts";

/**
 * A call that goes badly from start to end: no greeting, no empathy, no
 * closing, a customer who ends angry and wants to cancel. The default
 * scorecard gives it 0 and fails compliance.
 */
export const POOR_CALL: TranscriptSegment[] = [
  { speaker: "agent", startMs: 0, endMs: 3000, text: "Yeah. What do you want?", words: [] },
  {
    speaker: "customer",
    startMs: 3500,
    endMs: 9000,
    text: "My internet has been down for three days and I am really angry about it. This is terrible service.",
    words: [],
  },
  { speaker: "agent", startMs: 9500, endMs: 12000, text: "Not my problem. Call back later.", words: [] },
  { speaker: "customer", startMs: 12500, endMs: 16000, text: "This is ridiculous, I want to cancel my subscription. You are useless.", words: [] },
  { speaker: "agent", startMs: 16500, endMs: 18000, text: "Whatever.", words: [] },
];
