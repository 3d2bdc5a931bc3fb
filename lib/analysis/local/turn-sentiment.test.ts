import { describe, expect, it } from "vitest";
import { parseText } from "./nlp";
import { COMPLAINT_SCORE, turnSentiment } from "./turn-sentiment";

const score = (text: string) => turnSentiment(parseText(text));

describe("turnSentiment", () => {
  it("reads an unpunctuated polite close as the punctuated one, not as a negation of the thanks", () => {
    // The lexicon alone: "no thats all thx" −0.4, "No, that's all, thanks." +0.4.
    expect(parseText("no thats all thx").sentiment).toBeLessThan(0);
    for (const text of ["no thats all thx", "no that's it thanks", "nope all good thanks", "no thank you"]) {
      expect(score(text), text).toBeGreaterThanOrEqual(0);
    }
    expect(score("no thats all thx")).toBe(score("No, that's all, thanks."));
  });

  it("leaves other leading noes to the lexicon", () => {
    expect(score("no i'm not happy at all")).toBeLessThan(-0.2);
    expect(score("no problem")).toBe(parseText("no problem").sentiment);
    expect(score("no worries")).toBe(parseText("no worries").sentiment);
  });

  it("reads complaints the lexicon misses or calls positive as negative", () => {
    for (const text of ["this is a joke i want to speak to a manager", "Unbelievable. Thanks for nothing.", "I'd like to make a formal complaint."]) {
      expect(score(text), text).toBeLessThanOrEqual(COMPLAINT_SCORE);
    }
    expect(parseText("this is a joke").sentiment).toBeGreaterThan(0);
  });

  it("does not let short neutral sentences dilute a clear one", () => {
    const turn = "No. I'm really not happy with how this has been handled, to be honest. Goodbye.";
    expect(score(turn)).toBeLessThan(-0.2);
    expect(score("Yes. That was wonderful, thank you. Bye.")).toBeGreaterThan(0.2);
  });

  it("is 0 for a turn without colour, and stays within −1..1", () => {
    expect(score("My account number is 4471.")).toBe(0);
    expect(score("")).toBe(0);
    const extreme = score("Terrible terrible terrible awful horrible useless. Worst ever.");
    expect(extreme).toBeGreaterThanOrEqual(-1);
    expect(extreme).toBeLessThan(0);
  });
});
