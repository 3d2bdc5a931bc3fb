import type { TranscriptSegment } from "../../../db/schema";
import type { CreateRecordInput } from "./create-record-input";

type ChatInput = Extract<CreateRecordInput, { type: "chat" | "email" }>;

/**
 * A chat's messages as transcript segments: times relative to the first
 * message when they have timestamps (in the order sent), else one second per
 * message so the order survives. Plain content is one segment by the customer.
 */
export function conversationToSegments(input: ChatInput): TranscriptSegment[] {
  if (!input.messages) {
    return [{ speaker: "customer", startMs: 0, endMs: 0, text: input.content!, words: [] }];
  }
  const timed = input.messages.every((m) => m.sentAt);
  const messages = timed
    ? [...input.messages].sort((a, b) => Date.parse(a.sentAt!) - Date.parse(b.sentAt!))
    : input.messages;
  const origin = timed ? Date.parse(messages[0]!.sentAt!) : 0;
  const starts = messages.map((m, i) => (timed ? Date.parse(m.sentAt!) - origin : i * 1000));
  return messages.map((m, i) => ({
    speaker: m.speaker.toLowerCase(),
    startMs: starts[i]!,
    endMs: starts[i + 1] ?? starts[i]!,
    text: m.text,
    words: [],
  }));
}
