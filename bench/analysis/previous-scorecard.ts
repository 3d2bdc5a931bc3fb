import { scorecardDefinitionSchema, type ScorecardDefinition, type ScorecardDefinitionInput } from "@/lib/scoring/scorecard-schema";

/**
 * The default scorecard as it was before the agreement benchmark tuned it
 * (commit ada59bc, 2026-11-29): short phrase lists, no words allowed inside a
 * phrase, no `requiredWhen`. Kept to measure the tuning against on the same
 * sets, and as the "new version" the re-analysis benchmark saves.
 */
const PREVIOUS_DEFAULT: ScorecardDefinitionInput = {
  name: "Standard call quality",
  passingScore: 70,
  categories: [
    { id: "greeting", name: "Greeting" },
    { id: "problemResolution", name: "Problem resolution" },
    { id: "professionalism", name: "Professionalism" },
    { id: "closing", name: "Closing" },
    { id: "compliance", name: "Compliance" },
  ],
  criteria: [
    {
      id: "greeting",
      name: "Greets the customer",
      category: "greeting",
      weight: 2,
      improvement: "Open with a greeting and an offer to help, e.g. “Thank you for calling, how can I help you?”",
      check: {
        type: "phrase",
        speaker: "agent",
        withinFirstSeconds: 30,
        phrases: ["thank you for calling", "good morning", "good afternoon", "good evening", "my name is", "how can I help", "how may I help"],
      },
    },
    {
      id: "identify-customer",
      name: "Identifies the customer",
      category: "problemResolution",
      weight: 2,
      improvement: "Confirm who you are speaking with (name, account number or date of birth) before discussing the account.",
      check: {
        type: "phrase",
        speaker: "agent",
        phrases: ["can I have your name", "may I have your name", "your account number", "date of birth", "verify your", "confirm your", "could you confirm"],
      },
    },
    {
      id: "empathy",
      name: "Shows empathy",
      category: "professionalism",
      weight: 1,
      improvement: "Acknowledge the customer's situation, e.g. “I understand how frustrating that is.”",
      check: {
        type: "phrase",
        speaker: "agent",
        phrases: ["I understand", "I am sorry", "I apologize", "sorry to hear", "I can see why", "that must be frustrating", "I appreciate your patience"],
      },
    },
    {
      id: "resolution",
      name: "Resolves the issue or agrees a next step",
      category: "problemResolution",
      weight: 3,
      check: { type: "question", question: "Was the customer's issue resolved during the conversation, or was a clear next step agreed with the customer?" },
    },
    {
      id: "customer-sentiment",
      name: "Customer ends the call at least neutral",
      category: "problemResolution",
      weight: 2,
      improvement: "The customer ended the conversation unhappy: check that their concern was addressed before closing.",
      check: { type: "sentiment", speaker: "customer", rule: "endAtLeastNeutral" },
    },
    {
      id: "balanced-conversation",
      name: "Lets the customer talk",
      category: "professionalism",
      weight: 1,
      improvement: "Talk less and ask more questions: the agent held the conversation for most of the call.",
      check: { type: "metric", metric: "talkRatio", min: 0.2, max: 0.75 },
    },
    {
      id: "closing",
      name: "Closes the call properly",
      category: "closing",
      weight: 1,
      improvement: "Before ending, ask whether there is anything else and thank the customer.",
      check: {
        type: "phrase",
        speaker: "agent",
        withinLastSeconds: 60,
        phrases: ["anything else", "have a great day", "have a nice day", "have a good day", "thank you for calling", "thanks for your time", "goodbye"],
      },
    },
    {
      id: "recording-disclosure",
      name: "Discloses that the call is recorded",
      category: "compliance",
      weight: 2,
      compliance: true,
      // Chats and emails are written records: there is nothing to disclose.
      appliesTo: ["call"],
      improvement: "Tell the customer at the start that the call is recorded, e.g. “This call may be recorded for quality and training.”",
      check: {
        type: "phrase",
        speaker: "agent",
        withinFirstSeconds: 60,
        phrases: ["this call may be recorded", "this call is recorded", "this call is being recorded", "calls are recorded", "recorded for quality", "recorded for training"],
      },
    },
    {
      id: "no-forbidden-phrases",
      name: "Avoids forbidden phrases",
      category: "compliance",
      weight: 3,
      compliance: true,
      improvement: "Never use dismissive or rude language with a customer.",
      check: {
        type: "phrase",
        speaker: "agent",
        expect: "notSaid",
        phrases: ["shut up", "not my problem", "not my job", "calm down", "you people", "that is stupid", "whatever"],
      },
    },
  ],
};

export function previousScorecard(): ScorecardDefinition {
  return scorecardDefinitionSchema.parse({ ...PREVIOUS_DEFAULT, name: "Standard call quality (before tuning)" });
}
