import { z } from "zod";
import { recordMetadataInput } from "./record-schemas";

const speaker = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(50, "must be at most 50 characters")
  .describe("agent, customer, or another participant's label");

const message = z.strictObject({
  speaker,
  text: z.string().trim().min(1, "must not be empty").max(20_000, "must be at most 20 000 characters"),
  sentAt: z.iso.datetime({ offset: true }).optional().describe("When it was sent; orders and times the conversation"),
});

const word = z.strictObject({
  word: z.string().min(1).max(100),
  startMs: z.number().int().min(0),
  endMs: z.number().int().min(0),
  confidence: z.number().min(0).max(1).optional(),
});

const segment = z
  .strictObject({
    speaker,
    startMs: z.number().int().min(0),
    endMs: z.number().int().min(0),
    text: z.string().trim().min(1, "must not be empty").max(20_000),
    words: z.array(word).max(5_000).optional(),
  })
  .refine((s) => s.endMs >= s.startMs, { message: "must not end before it starts", path: ["endMs"] });

const base = {
  projectId: z.string().min(1, "is required"),
  ...recordMetadataInput.shape,
};

/**
 * `POST /records`: a conversation that needs no speech-to-text. A chat or an
 * email is a list of messages, or plain content (an email body); a call comes
 * with the transcript the client already has.
 */
export const createRecordInput = z.discriminatedUnion("type", [
  z
    .strictObject({
      ...base,
      type: z.enum(["chat", "email"]),
      messages: z.array(message).min(1, "must have at least one message").max(2_000).optional(),
      content: z.string().trim().min(1, "must not be empty").max(200_000).optional(),
    })
    .refine((v) => Boolean(v.messages) !== Boolean(v.content), {
      message: "send either messages or content",
      path: ["messages"],
    }),
  z.strictObject({
    ...base,
    type: z.literal("call"),
    durationMs: z.number().int().min(0).max(24 * 3600 * 1000).optional(),
    transcript: z.strictObject({ segments: z.array(segment).min(1, "must have at least one segment").max(10_000) }),
  }),
]);
export type CreateRecordInput = z.infer<typeof createRecordInput>;
