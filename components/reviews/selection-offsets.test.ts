import { describe, expect, it } from "vitest";
import { classifySelection, textOffsetWithin, trimSpan, type NodeLike } from "./selection-offsets";

// A tiny stand-in for the DOM: elements (nodeType 1) and text nodes (nodeType 3).
const t = (value: string): NodeLike => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const el = (...children: NodeLike[]): NodeLike => ({ nodeType: 1, nodeValue: null, childNodes: children });

describe("textOffsetWithin", () => {
  // <span data-segment-text>I'm <span>so</span> <mark>sorry <span>about</span></mark> that.</span>
  const so = t("so");
  const sorry = t("sorry ");
  const about = t("about");
  const aboutSpan = el(about);
  const mark = el(sorry, aboutSpan);
  const head = t("I'm ");
  const tail = t(" that.");
  const root = el(head, el(so), t(" "), mark, tail);
  const text = "I'm so sorry about that.";

  it("counts characters of every text node before a point in a text node", () => {
    expect(textOffsetWithin(root, head, 0)).toBe(0);
    expect(textOffsetWithin(root, so, 1)).toBe(5);
    expect(textOffsetWithin(root, sorry, 0)).toBe(text.indexOf("sorry"));
    expect(textOffsetWithin(root, about, 5)).toBe(text.indexOf(" that."));
    expect(textOffsetWithin(root, tail, 6)).toBe(text.length);
  });

  it("counts child nodes when the point is in an element, as a Range does", () => {
    expect(textOffsetWithin(root, mark, 0)).toBe(text.indexOf("sorry"));
    expect(textOffsetWithin(root, mark, 1)).toBe(text.indexOf("about"));
    expect(textOffsetWithin(root, mark, 2)).toBe(text.indexOf(" that."));
    expect(textOffsetWithin(root, root, 5)).toBe(text.length);
    expect(textOffsetWithin(root, aboutSpan, 99)).toBe(text.indexOf(" that."));
  });

  it("is null for a node outside the root, and clamps offsets past a text node", () => {
    expect(textOffsetWithin(root, t("elsewhere"), 0)).toBeNull();
    expect(textOffsetWithin(root, head, 99)).toBe(4);
  });
});

describe("trimSpan", () => {
  it("drops whitespace at the ends, orders reversed spans, and refuses blank ones", () => {
    expect(trimSpan("  so sorry  ", 0, 12)).toEqual({ charStart: 2, charEnd: 10 });
    expect(trimSpan("so sorry", 8, 3)).toEqual({ charStart: 3, charEnd: 8 });
    expect(trimSpan("so sorry", 2, 3)).toBeNull();
    expect(trimSpan("abc", -5, 50)).toEqual({ charStart: 0, charEnd: 3 });
  });
});

describe("classifySelection", () => {
  it("is one span when only one segment has selected words, whitespace picked up elsewhere does not count", () => {
    const outcome = classifySelection([
      { segmentIndex: 2, start: 4, end: 13, text: "I'm so sorry about that." },
      { segmentIndex: 3, start: 0, end: 1, text: " Sure." },
    ]);
    expect(outcome).toEqual({ kind: "span", segmentIndex: 2, span: { charStart: 4, charEnd: 12 }, quote: "so sorry" });
  });

  it("refuses words of several segments and reports nothing for an empty selection", () => {
    expect(
      classifySelection([
        { segmentIndex: 0, start: 3, end: 10, text: "Hello there" },
        { segmentIndex: 1, start: 0, end: 4, text: "Hi again" },
      ]),
    ).toEqual({ kind: "several" });
    expect(classifySelection([])).toEqual({ kind: "none" });
    expect(classifySelection([{ segmentIndex: 0, start: 5, end: 6, text: "Hello there" }])).toEqual({ kind: "none" });
  });
});
