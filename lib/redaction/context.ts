/**
 * Keyword context for the detectors: the words just before a number decide
 * what an ambiguous one is ("my cell is 612 345 678" is a phone, "order
 * 1234567890" is not). Only the same sentence counts: the window stops at
 * . ! ? or a line break.
 */

const WINDOW_CHARS = 48;

/** The same-sentence text right before `index`, at most WINDOW_CHARS long. */
export function precedingText(text: string, index: number, chars = WINDOW_CHARS): string {
  const window = text.slice(Math.max(0, index - chars), index);
  // A full stop between digits ("49.99") is not a sentence end.
  const breaks = [...window.matchAll(/[!?\n]|\.(?!\d)/g)];
  const last = breaks[breaks.length - 1];
  return last ? window.slice(last.index + 1) : window;
}

export function followingText(text: string, index: number, chars = 16): string {
  return text.slice(index, index + chars);
}

/** Where the last match of `pattern` (which must have the g flag) ends in `text`, or -1. */
function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

export const CARD_CONTEXT = /\b(?:card|visa|master ?card|amex|american express|discover|credit|debit|cvv|expiry|expiration)\b/gi;
export const SSN_CONTEXT = /\b(?:ssn|s s n|social|social security|tax ?id|tin|itin)\b/gi;
/** Words after which a number is a phone number. */
export const PHONE_CONTEXT =
  /\b(?:phone|telephone|tel|mobile|cell|cellphone|fax|whats ?app|call|reach|text me|contact|dial|(?:my|your|his|her|the|direct|home|work|office|callback|call back) number)\b/gi;
/** Words after which a number is an identifier, not a phone number. */
export const NOT_PHONE_CONTEXT =
  /#|\b(?:order|invoice|tracking|ticket|case|reference|ref|confirmation|transaction|serial|sku|model|part|item|zip|postal|postcode|isbn|booking|policy|claim)\b/gi;
/** A currency before, or a currency/percent after, makes a number an amount. */
const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:usd|eur|gbp|cad|aud))\s*$/i;
const CURRENCY_AFTER = /^\s*(?:%|\b(?:dollars?|euros?|pounds?|bucks|cents?|usd|eur|gbp|percent)\b)/i;

/** The keyword appears in the same sentence shortly before `index`. */
export function hasContext(text: string, index: number, pattern: RegExp): boolean {
  return lastMatchEnd(precedingText(text, index), pattern) >= 0;
}

/**
 * Which side the nearest keyword before `index` is on: "phone", "other"
 * (order, invoice...), or null when neither is there.
 */
export function phoneContext(text: string, index: number): "phone" | "other" | null {
  const before = precedingText(text, index);
  const phone = lastMatchEnd(before, PHONE_CONTEXT);
  const other = lastMatchEnd(before, NOT_PHONE_CONTEXT);
  if (phone < 0 && other < 0) return null;
  return phone > other ? "phone" : "other";
}

export function isAmount(text: string, start: number, end: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || CURRENCY_AFTER.test(followingText(text, end));
}
