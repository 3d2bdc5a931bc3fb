import { describe, expect, it } from "vitest";
import { charRangeOf, marksBySegment, toAnnotationView, type AnnotationView } from "./annotation-view";

const segment = {
  speaker: "agent",
  startMs: 0,
  endMs: 3000,
  text: "Thank you for calling, my name is Sarah.",
  words: ["thank", "you", "for", "calling", "my", "name", "is", "sarah"].map((word, i) => ({ word, startMs: i * 300, endMs: i * 300 + 250 })),
};

describe("charRangeOf", () => {
  it("uses the characters when the annotation has them, clamped to the text", () => {
    expect(charRangeOf({ charStart: 4, charEnd: 9, startMs: 0, endMs: 0 }, segment)).toEqual({ charStart: 4, charEnd: 9 });
    expect(charRangeOf({ charStart: 30, charEnd: 500, startMs: 0, endMs: 0 }, segment)).toEqual({ charStart: 30, charEnd: segment.text.length });
  });

  it("turns a stretch of time into the timed words inside it, or the whole turn without words", () => {
    // Words 4–7 (my name is sarah) start at 1200 ms.
    expect(charRangeOf({ charStart: null, charEnd: null, startMs: 1200, endMs: 3000 }, segment)).toEqual({
      charStart: segment.text.indexOf("my"),
      charEnd: segment.text.indexOf("."),
    });
    expect(charRangeOf({ charStart: null, charEnd: null, startMs: 0, endMs: 100 }, { ...segment, words: [] })).toEqual({ charStart: 0, charEnd: segment.text.length });
    expect(charRangeOf({ charStart: null, charEnd: null, startMs: 0, endMs: 100 }, undefined)).toEqual({ charStart: 0, charEnd: 0 });
  });
});

describe("toAnnotationView and marksBySegment", () => {
  const dto = {
    id: "ann_1",
    analysisId: "ana_1",
    recordId: "rec_1",
    segmentIndex: 0,
    charStart: 0,
    charEnd: 5,
    startMs: 0,
    endMs: 3000,
    quote: "Thank",
    label: "greeting",
    comment: "Warm",
    authorId: "usr_a",
    createdAt: "2026-03-05T10:00:00.000Z",
    updatedAt: "2026-03-05T10:00:00.000Z",
  };

  it("names the author and says whether the viewer wrote it", () => {
    const names = new Map([["usr_a", "Ana"]]);
    expect(toAnnotationView(dto, [segment], names, "usr_a")).toMatchObject({ authorName: "Ana", mine: true, charStart: 0, charEnd: 5 });
    expect(toAnnotationView(dto, [segment], names, "usr_b").mine).toBe(false);
    expect(toAnnotationView({ ...dto, authorId: "usr_gone" }, [segment], names, "usr_b").authorName).toBe("A former member");
    expect(toAnnotationView({ ...dto, authorId: null }, [segment], names, "usr_b")).toMatchObject({ authorName: "An integration", mine: false });
  });

  it("groups highlights by segment in text order and skips empty spans", () => {
    const view = (id: string, segmentIndex: number, charStart: number, charEnd: number) =>
      ({ id, segmentIndex, charStart, charEnd, label: id }) as AnnotationView;
    const marks = marksBySegment([view("b", 1, 5, 9), view("a", 1, 0, 3), view("empty", 2, 4, 4)]);
    expect([...marks.keys()]).toEqual([1]);
    expect(marks.get(1)!.map((m) => m.id)).toEqual(["a", "b"]);
  });
});
