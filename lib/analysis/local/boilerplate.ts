/**
 * Greetings, introductions and sign-offs. Every call has them and they say
 * nothing about this one, so they are kept out of key phrases (the company's
 * and agent's names) and summaries. Matched against a sentence's normalized
 * words joined by single spaces ("thanks for calling acme", "you are welcome").
 */
const BOILERPLATE = [
  /\bthank(?:s| you)? (?:so much |very much )?for (?:calling|contacting|choosing|holding|waiting|your patience|your time)\b/,
  /\bmy name is\b/,
  /\bhow (?:can|may|could) i (?:help|assist)\b/,
  /\bwhat can i do for you\b/,
  /\bhave a (?:nice|great|good|wonderful|lovely|pleasant) (?:day|evening|afternoon|weekend|one)\b/,
  /\bis there anything else\b/,
  /^(?:(?:okay|ok|well|alright|thanks|thank you) )*(?:good ?bye|bye(?: bye)?|take care)\b/,
  /^(?:(?:hi|hello|hey|good morning|good afternoon|good evening) ?)+$/,
];

export function isBoilerplate(words: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(words));
}
