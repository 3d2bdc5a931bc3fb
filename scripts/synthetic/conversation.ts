import type { TranscriptSegment } from "@/db/schema/transcripts";
import { CITIES, DOMAINS, FIRST_NAMES, MONTHS, STREETS, SURNAMES, WEEKDAYS, type Domain, type Issue } from "./domains";
import type { Random } from "./random";

/**
 * Synthetic contact-center conversations for benchmarks: a domain, a problem,
 * people, numbers and dates drawn at random, told through the usual shape of
 * a call (greeting, problem, verification, investigation, outcome, close) with
 * the agent's manners and the customer's mood varying. Calls get turn times
 * (about 2.5 words a second) and a third of them speech-to-text style (lower
 * case, no punctuation); chats one second per message; emails two messages.
 */
export interface SyntheticConversation {
  type: "call" | "chat" | "email";
  domain: string;
  project: string;
  topic: string;
  title: string;
  agentName: string;
  customerName: string;
  durationMs: number;
  segments: TranscriptSegment[];
}

type Mood = "calm" | "annoyed" | "angry";
type Turn = { speaker: "agent" | "customer"; text: string };

const GREETINGS = [
  "Thank you for calling {company}, my name is {agent}, how can I help you today?",
  "Good morning, {company}, you're speaking with {agent}. How can I help?",
  "Hello, you're through to {company}, this is {agent}. What can I do for you?",
  "Hi, {agent} at {company}, how can I help?",
  "Good afternoon, thanks for calling {company}. I'm {agent}, how may I help you?",
];
const CHAT_GREETINGS = ["Hi! You're chatting with {agent} from {company}. How can I help?", "Hello, thanks for contacting {company}, {agent} here. What can I do for you today?"];
const DISCLOSURES = ["This call may be recorded for quality and training.", "Just so you know, calls are recorded.", "Please be aware this call is recorded."];
const OPENERS: Record<Mood, readonly string[]> = {
  calm: ["Hi, yes, {problem}.", "Hello. {Problem}.", "Hi there, {problem}, I was hoping you could help."],
  annoyed: ["Hi. {Problem}, and honestly it's getting frustrating.", "Yes, {problem}. This is the second time I've called about it.", "{Problem}. I'm not very happy about it."],
  angry: ["{Problem}! This is ridiculous.", "I'm really angry, {problem} and nobody has done anything about it.", "{Problem}. I've had enough of this, I want it sorted today."],
};
const VERIFY = ["Can I take your {idKind} please?", "Could I have your {idKind} to find the account?", "Before I look into it, can you confirm your {idKind}?", "Let me pull that up. What's your {idKind}?"];
const VERIFY_REPLIES = ["Yes, it's {number}.", "Sure, {number}.", "It's {customer}, and the number is {number}.", "{number}, and it's {street}, {city}."];
const DOB_REPLIES = ["It's {dob}.", "{customer}, born {dob}.", "Sure, {dob}."];
const THANKS_VERIFIED = ["Thank you, {customerFirst}, I've got your account up.", "Thanks, that's all confirmed.", "Perfect, thank you."];
const EMPATHY = ["I'm so sorry about this, I can see why you're frustrated.", "I understand, that's really not good enough.", "I'm sorry to hear that, let's get it sorted.", "That sounds stressful, I'll do what I can right now."];
const FLAT = ["Okay.", "Right.", "Okay, let me look.", "Fine, let me check."];
const ASK_MORE = ["Can you tell me a bit more about it?", "When did you first notice?", "Is there anything else I should know?"];
const CUSTOMER_ACKS = ["Okay.", "Right, okay.", "Okay, thanks.", "Sure.", "Yes, that's right."];
const HAPPY_END = ["That's great, thank you so much.", "Brilliant, thanks for sorting that.", "Oh that's a relief, thank you.", "Perfect, thanks for your help."];
const UNHAPPY_END = ["That's not good enough, to be honest.", "So I just have to wait. Great.", "I'm not happy with that at all.", "Fine. I'll be making a complaint."];
const ANYTHING_ELSE = ["Is there anything else I can help you with today?", "Anything else I can do for you?"];
const CUSTOMER_NO = ["No, that's all, thanks.", "No, that's everything.", "no that's it thanks", "No thank you."];
const CLOSINGS = ["Thank you for calling {company}, have a lovely day.", "Thanks for your patience, take care. Goodbye.", "You're welcome. Have a good day, bye now.", "Thanks, {customerFirst}. Have a great evening."];
const CURT_CLOSINGS = ["Okay. Bye.", "Right, bye."];
const RUDE = ["Look, that's not my problem.", "I've already told you what we can do.", "You need to calm down.", "Whatever you say."];

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key] ?? slots[key.toLowerCase()] ?? whole);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}

function money(random: Random): string {
  const amount = random.chance(0.7) ? random.int(5, 250) : random.int(251, 2400);
  const pence = random.chance(0.5) ? `.${String(random.int(0, 99)).padStart(2, "0")}` : "";
  return `${random.pick(["£", "$", "€"])}${amount}${pence}`;
}

function slotsFor(random: Random, domain: Domain, company: string, agent: string, customerFirst: string, customerLast: string): Record<string, string> {
  const slots: Record<string, string> = {
    company,
    agent,
    customerFirst,
    customer: `${customerFirst} ${customerLast}`,
    amount: money(random),
    weekday: random.pick(WEEKDAYS),
    month: random.pick(MONTHS),
    date: `${random.pick(WEEKDAYS)} the ${ordinal(random.int(1, 28))}`,
    time: `${random.int(6, 20)}:${random.pick(["00", "15", "30", "45"])}`,
    count: String(random.int(2, 12)),
    number: String(random.int(10_000_000, 99_999_999)),
    city: random.pick(CITIES),
    street: `${random.int(1, 180)} ${random.pick(STREETS)}`,
    idKind: random.pick(domain.idKinds),
    dob: `${random.int(1, 28)} ${random.pick(MONTHS)} ${random.int(1940, 2004)}`,
  };
  slots.product = fill(random.pick(domain.products), slots);
  return slots;
}

/** One conversation; `index` only names it. */
export function syntheticConversation(random: Random, index: number): SyntheticConversation {
  const domain = random.pick(DOMAINS);
  const issue: Issue = random.pick(domain.issues);
  const company = random.pick(domain.companies);
  const agent = random.pick(FIRST_NAMES);
  const customerFirst = random.pick(FIRST_NAMES);
  const customerLast = random.pick(SURNAMES);
  const roll = random.next();
  const type = roll < 0.72 ? "call" : roll < 0.95 ? "chat" : "email";
  const mood: Mood = random.pick<Mood>(["calm", "calm", "annoyed", "angry"]);
  const rudeAgent = random.chance(0.06);
  const resolved = random.chance(mood === "angry" ? 0.6 : 0.8);
  const slots = slotsFor(random, domain, company, agent, customerFirst, customerLast);
  const say = (template: string) => fill(template, slots);
  const problem = say(random.pick(issue.opener));
  const turns: Turn[] = [];
  const agentSays = (text: string) => turns.push({ speaker: "agent", text });
  const customerSays = (text: string) => turns.push({ speaker: "customer", text });

  const greeting = say(random.pick(type === "call" ? GREETINGS : CHAT_GREETINGS));
  agentSays(type === "call" && random.chance(0.8) ? `${greeting} ${random.pick(DISCLOSURES)}` : greeting);
  customerSays(fill(random.pick(OPENERS[mood]), { problem, Problem: capitalize(problem) }));
  // Most agents acknowledge an unhappy customer; some only say "Right."
  const acknowledgement = mood === "calm" ? "" : !rudeAgent && random.chance(0.8) ? random.pick(EMPATHY) : random.pick(FLAT);
  agentSays(`${acknowledgement} ${say(random.pick(VERIFY))}`.trim());
  customerSays(say(random.pick(/birth/.test(slots.idKind!) ? DOB_REPLIES : VERIFY_REPLIES)));
  agentSays(say(random.pick(THANKS_VERIFIED)));
  // Each detail and step at most once, in a random order.
  const details = shuffled(random, issue.details);
  const steps = shuffled(random, issue.steps).slice(0, random.int(1, issue.steps.length));
  for (const step of steps) {
    const detail = random.chance(0.5) ? details.pop() : undefined;
    if (detail) {
      agentSays(random.pick(ASK_MORE));
      customerSays(capitalize(say(detail)) + ".");
    }
    agentSays(capitalize(say(step)) + ".");
    customerSays(random.pick(CUSTOMER_ACKS));
  }
  if (rudeAgent) agentSays(random.pick(RUDE));
  agentSays(capitalize(say(random.pick(resolved ? issue.resolved : issue.unresolved))) + ".");
  customerSays(random.pick(resolved ? HAPPY_END : UNHAPPY_END));
  if (!rudeAgent && random.chance(0.8)) {
    agentSays(random.pick(ANYTHING_ELSE));
    customerSays(random.pick(CUSTOMER_NO));
  }
  agentSays(say(random.pick(rudeAgent || random.chance(0.1) ? CURT_CLOSINGS : CLOSINGS)));
  if (type === "email") {
    // An email thread: the customer's message and the agent's reply.
    const customer = turns.filter((t) => t.speaker === "customer").map((t) => t.text);
    const agentText = turns.filter((t) => t.speaker === "agent").map((t) => t.text);
    turns.splice(0, turns.length, { speaker: "customer", text: customer.slice(0, 3).join(" ") }, { speaker: "agent", text: agentText.slice(1).join(" ") });
  }

  const sttStyle = type === "call" && random.chance(0.33);
  const segments = timeTurns(random, turns, type, sttStyle);
  const last = segments.at(-1);
  return {
    type,
    domain: domain.id,
    project: domain.project,
    topic: issue.topic,
    title: `${capitalize(issue.topic)}: ${customerFirst} ${customerLast} #${index}`,
    agentName: agent,
    customerName: `${customerFirst} ${customerLast}`,
    durationMs: last ? last.endMs : 0,
    segments,
  };
}

/** What PocketSphinx writes: lower case, no punctuation. */
function speechToTextStyle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[£$€]/g, "")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function timeTurns(random: Random, turns: readonly Turn[], type: SyntheticConversation["type"], sttStyle: boolean): TranscriptSegment[] {
  let cursor = 0;
  return turns.map((turn) => {
    const text = sttStyle ? speechToTextStyle(turn.text) : turn.text;
    const words = text.split(/\s+/).filter(Boolean).length;
    const durationMs = type === "call" ? Math.round((words / 2.5) * 1000 * (0.88 + random.next() * 0.24)) : 1000;
    const startMs = cursor + (type === "call" ? random.int(250, 900) : 0);
    cursor = startMs + durationMs;
    return { speaker: turn.speaker, startMs, endMs: cursor, text, words: [] };
  });
}
