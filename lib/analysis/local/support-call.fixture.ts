import type { TranscriptSegment, TranscriptWord } from "@/db/schema/transcripts";

/** [word, startMs, endMs] */
type W = [string, number, number];
const words = (list: W[]): TranscriptWord[] => list.map(([word, startMs, endMs]) => ({ word, startMs, endMs, confidence: 0.9 }));

/**
 * A billing support call: an angry customer charged twice, an agent who
 * apologises, refunds and promises follow-ups, a satisfied customer at the end.
 * Segment 0 has PocketSphinx-style words (lowercase, no punctuation), segment 8
 * Deepgram-style ones (cased, punctuated); the rest only segment times.
 */
export const SUPPORT_CALL: TranscriptSegment[] = [
  {
    speaker: "agent",
    startMs: 0,
    endMs: 4800,
    text: "Thank you for calling Acme Broadband, my name is Sarah. How can I help you today?",
    words: words([
      ["thank", 0, 300],
      ["you", 300, 450],
      ["for", 450, 600],
      ["calling", 600, 1000],
      ["acme", 1000, 1400],
      ["broadband", 1400, 2000],
      ["my", 2100, 2250],
      ["name", 2250, 2500],
      ["is", 2500, 2600],
      ["sarah", 2600, 3100],
      ["how", 3300, 3500],
      ["can", 3500, 3650],
      ["i", 3650, 3700],
      ["help", 3700, 4000],
      ["you", 4000, 4200],
      ["today", 4200, 4800],
    ]),
  },
  {
    speaker: "customer",
    startMs: 5200,
    endMs: 17500,
    text: "This is ridiculous! I've been charged twice for my subscription this month and nobody has fixed it. I'm seriously thinking about cancelling my subscriptions.",
    words: [],
  },
  {
    speaker: "agent",
    startMs: 18000,
    endMs: 25000,
    text: "I'm so sorry about that. Let me pull up your account. Could you confirm the email address on the account?",
    words: [],
  },
  { speaker: "customer", startMs: 25500, endMs: 29000, text: "Sure, it's jane.miller@example.com.", words: [] },
  {
    speaker: "agent",
    startMs: 29500,
    endMs: 38000,
    text: "Thank you. I can see two charges of $49.99 on March 3rd, 2026. That is definitely a billing error on our side.",
    words: [],
  },
  {
    speaker: "customer",
    startMs: 38500,
    endMs: 47000,
    text: "Exactly. I called last week and was promised a refund, but nothing was refunded. Terrible service.",
    words: [],
  },
  {
    speaker: "agent",
    startMs: 47500,
    endMs: 58000,
    text: "I completely understand your frustration. I will refund the duplicate charge right now, and you'll see it within 5 to 7 business days.",
    words: [],
  },
  { speaker: "customer", startMs: 58500, endMs: 60500, text: "Okay, that's good.", words: [] },
  {
    speaker: "agent",
    startMs: 61000,
    endMs: 72000,
    text: "I'll also send you a confirmation email today. We'll call you back tomorrow at 3:30 pm to make sure the refund went through. Please check your inbox for the confirmation email.",
    words: words([
      ["I'll", 61000, 61300],
      ["also", 61300, 61600],
      ["send", 61600, 61900],
      ["you", 61900, 62000],
      ["a", 62000, 62100],
      ["confirmation", 62100, 62700],
      ["email", 62700, 63000],
      ["today.", 63000, 63500],
      ["We'll", 63800, 64000],
      ["call", 64000, 64300],
      ["you", 64300, 64400],
      ["back", 64400, 64700],
      ["tomorrow", 64700, 65200],
      ["at", 65200, 65300],
      ["3:30", 65300, 65900],
      ["pm", 65900, 66200],
      ["to", 66200, 66300],
      ["make", 66300, 66500],
      ["sure", 66500, 66800],
      ["the", 66800, 66900],
      ["refund", 66900, 67400],
      ["went", 67400, 67600],
      ["through.", 67600, 68000],
      ["Please", 68300, 68600],
      ["check", 68600, 68900],
      ["your", 68900, 69000],
      ["inbox", 69000, 69500],
      ["for", 69500, 69600],
      ["the", 69600, 69700],
      ["confirmation", 69700, 70300],
      ["email.", 70300, 70800],
    ]),
  },
  {
    speaker: "customer",
    startMs: 72500,
    endMs: 79000,
    text: "Great, thank you so much, that's really helpful. I appreciate it.",
    words: [],
  },
  {
    speaker: "agent",
    startMs: 79500,
    endMs: 88000,
    text: "You're welcome! Your subscription stays active, and you'll get 20% off next month's bill. You can reach billing support at (555) 123-4567 anytime.",
    words: [],
  },
  { speaker: "customer", startMs: 88500, endMs: 92000, text: "Perfect. Thanks for your help, have a nice day!", words: [] },
  { speaker: "agent", startMs: 92500, endMs: 96000, text: "Thanks for calling Acme Broadband. Goodbye!", words: [] },
];

/**
 * The same turns in reverse order, mirrored in time: a call that starts well
 * and ends badly. Word timings are dropped: mirrored, they would run backwards
 * through each turn's text.
 */
export function reversedCall(segments: readonly TranscriptSegment[] = SUPPORT_CALL): TranscriptSegment[] {
  const end = Math.max(...segments.map((s) => s.endMs));
  return [...segments].reverse().map((s) => ({ ...s, startMs: end - s.endMs, endMs: end - s.startMs, words: [] }));
}

/** A long call: the support call repeated `times` times, one after another. */
export function repeatedCall(times: number, segments: readonly TranscriptSegment[] = SUPPORT_CALL): TranscriptSegment[] {
  const length = Math.max(...segments.map((s) => s.endMs)) + 500;
  return Array.from({ length: times }, (_, k) =>
    segments.map((s) => ({
      ...s,
      startMs: s.startMs + k * length,
      endMs: s.endMs + k * length,
      words: s.words.map((w) => ({ ...w, startMs: w.startMs + k * length, endMs: w.endMs + k * length })),
    })),
  ).flat();
}
