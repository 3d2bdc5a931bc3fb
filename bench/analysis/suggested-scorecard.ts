/**
 * The default scorecard with the phrase lists this benchmark suggests
 * (bench/analysis/README.md, "What the analyzer misses"). Only phrase lists
 * change, so a team can adopt it today in the scorecard editor or with
 * PUT /projects/:id/scorecard; nothing here changes the app.
 *
 * Derived from the disagreements on the labelled set: measured on that same
 * set its agreement is optimistic, and needs a fresh labelled set to confirm.
 */
import { defaultScorecard } from "@/lib/scoring/default-scorecard";
import { scorecardDefinitionSchema, type ScorecardDefinition } from "@/lib/scoring/scorecard-schema";

const PHRASES: Record<string, string[]> = {
  // Chats and outbound calls open with "Hi!", "Hello, thank you for reaching out", "Hi, it's Mark from ...".
  greeting: [
    "thank you for calling",
    "good morning",
    "good afternoon",
    "good evening",
    "my name is",
    "how can I help",
    "how may I help",
    "hello",
    "hi",
    "welcome to",
    "thanks for contacting",
    "thank you for reaching out",
    "you're through to",
    "you're speaking with",
    "calling from",
  ],
  // Reviewers accept any of the usual checks; "could you confirm" alone matched "could you confirm you'd like the change".
  "identify-customer": [
    "can I have your name",
    "may I have your name",
    "account number",
    "date of birth",
    "verify your",
    "confirm your",
    "can I take your",
    "can I get your",
    "can I grab your",
    "full name",
    "name on the account",
    "email on the account",
    "email address on the",
    "policy number",
    "order number",
    "membership number",
    "postcode",
    "post code",
    "zip code",
    "security word",
    "security question",
    "first line of your address",
    "last four digits",
  ],
  // Adverbs break the contiguous match ("I'm so sorry", "I completely understand").
  empathy: [
    "I understand",
    "I am sorry",
    "I apologize",
    "sorry to hear",
    "I can see why",
    "that must be frustrating",
    "I appreciate your patience",
    "so sorry",
    "really sorry",
    "completely understand",
    "totally understand",
    "I hear you",
    "I can hear",
    "sounds frustrating",
    "sounds annoying",
    "sounds stressful",
    "must have been",
    "tough situation",
    "I know it's",
  ],
  // Farewells only: "anything else" alone passed curt endings ("Okay. Anything else?") and
  // is often asked more than 60 s before the end.
  closing: [
    "have a great",
    "have a good",
    "have a nice",
    "have a lovely",
    "thank you for calling",
    "thanks for your time",
    "thank you for your patience",
    "thanks for chatting",
    "thank you for chatting",
    "goodbye",
    "bye now",
    "bye bye",
    "take care",
  ],
  "recording-disclosure": [
    "this call may be recorded",
    "this call is recorded",
    "this call is being recorded",
    "calls are recorded",
    "recorded for quality",
    "recorded for training",
    "calls may be recorded",
    "monitored or recorded",
    "monitored and recorded",
    "recorded line",
    "this conversation is recorded",
    "this conversation may be recorded",
    "we record our calls",
  ],
  // Bare "whatever" and "calm down" matched "whatever works best for you" and "once things calm down".
  "no-forbidden-phrases": [
    "shut up",
    "not my problem",
    "not my job",
    "not my department",
    "you need to calm down",
    "just calm down",
    "you people",
    "that is stupid",
    "whatever you say",
    "yeah whatever",
    "what they all say",
    "I already told you",
    "I just told you",
    "do you want one or not",
  ],
};

export function suggestedScorecard(): ScorecardDefinition {
  const card = defaultScorecard();
  card.name = "Standard call quality (suggested phrases)";
  for (const criterion of card.criteria) {
    const phrases = PHRASES[criterion.id];
    if (phrases && criterion.check.type === "phrase") criterion.check.phrases = phrases;
  }
  return scorecardDefinitionSchema.parse(card);
}

if (process.argv[1] && /suggested-scorecard\.ts$/.test(process.argv[1])) {
  // Print it, e.g. to PUT it to a project: tsx bench/analysis/suggested-scorecard.ts > scorecard.json
  console.log(JSON.stringify(suggestedScorecard(), null, 2));
}
