import { describe, expect, it } from "vitest";
import { type ChannelTrack, mergeChannelTracks, splitMonoTurns } from "./merge";
import type { Segment, SttWord } from "./types";

/** `w("hello", 0, 400)` */
const w = (word: string, startMs: number, endMs: number): SttWord => ({ word, startMs, endMs });

/** Segments without their words, for compact expectations. */
const turns = (segments: Segment[]) => segments.map(({ speaker, startMs, endMs, text }) => ({ speaker, startMs, endMs, text }));

describe("mergeChannelTracks", () => {
  const cases: [string, ChannelTrack[], ReturnType<typeof turns>][] = [
    ["no words at all", [{ speaker: "agent", words: [] }, { speaker: "customer", words: [] }], []],
    [
      "clean alternation",
      [
        { speaker: "agent", words: [w("hello", 0, 400), w("there", 450, 900), w("bye", 5000, 5400)] },
        { speaker: "customer", words: [w("hi", 1500, 1800), w("agent", 1850, 2300)] },
      ],
      [
        { speaker: "agent", startMs: 0, endMs: 900, text: "hello there" },
        { speaker: "customer", startMs: 1500, endMs: 2300, text: "hi agent" },
        { speaker: "agent", startMs: 5000, endMs: 5400, text: "bye" },
      ],
    ],
    [
      "a pause over 1.5 s splits a turn of the same speaker",
      [{ speaker: "agent", words: [w("one", 0, 300), w("two", 1800, 2100), w("three", 3700, 4000)] }],
      // 300→1800 is exactly 1.5 s: same turn; 2100→3700 is 1.6 s: new turn.
      [
        { speaker: "agent", startMs: 0, endMs: 2100, text: "one two" },
        { speaker: "agent", startMs: 3700, endMs: 4000, text: "three" },
      ],
    ],
    [
      "a back-channel word splits the other speaker's turn",
      [
        { speaker: "agent", words: [w("so", 0, 200), w("the", 300, 400), w("refund", 500, 900), w("is", 1000, 1100), w("done", 1200, 1500)] },
        { speaker: "customer", words: [w("okay", 950, 1150)] },
      ],
      [
        { speaker: "agent", startMs: 0, endMs: 900, text: "so the refund" },
        { speaker: "customer", startMs: 950, endMs: 1150, text: "okay" },
        { speaker: "agent", startMs: 1000, endMs: 1500, text: "is done" },
      ],
    ],
    [
      "words starting together: track order decides (agent first)",
      [
        { speaker: "customer", words: [w("yes", 100, 300)] },
        { speaker: "agent", words: [w("hello", 100, 300)] },
      ],
      [
        { speaker: "customer", startMs: 100, endMs: 300, text: "yes" },
        { speaker: "agent", startMs: 100, endMs: 300, text: "hello" },
      ],
    ],
    [
      "unsorted input words",
      [{ speaker: "customer", words: [w("world", 500, 900), w("hello", 0, 400)] }],
      [{ speaker: "customer", startMs: 0, endMs: 900, text: "hello world" }],
    ],
  ];
  it.each(cases)("%s", (_name, tracks, expected) => {
    expect(turns(mergeChannelTracks(tracks))).toEqual(expected);
  });

  it("keeps the words of each turn, and honours a custom pause", () => {
    const tracks: ChannelTrack[] = [{ speaker: "agent", words: [w("a", 0, 100), w("b", 700, 800)] }];
    const [first, second] = mergeChannelTracks(tracks, 500);
    expect(first!.words).toEqual([w("a", 0, 100)]);
    expect(second!.words).toEqual([w("b", 700, 800)]);
  });

  it("does not modify its input", () => {
    const words = [w("b", 500, 600), w("a", 0, 100)];
    mergeChannelTracks([{ speaker: "agent", words }]);
    expect(words.map((x) => x.word)).toEqual(["b", "a"]);
  });
});

describe("splitMonoTurns", () => {
  const cases: [string, SttWord[], ReturnType<typeof turns>][] = [
    ["nothing", [], []],
    [
      "splits at pauses over 1 s",
      [w("thank", 0, 300), w("you", 350, 500), w("hello", 1500, 1800), w("hi", 2900, 3100)],
      // 500→1500 is exactly 1 s: same turn; 1800→2900 is 1.1 s: new turn.
      [
        { speaker: "speaker", startMs: 0, endMs: 1800, text: "thank you hello" },
        { speaker: "speaker", startMs: 2900, endMs: 3100, text: "hi" },
      ],
    ],
    [
      "overlapping word times stay in one turn",
      [w("um", 0, 600), w("yes", 400, 700)],
      [{ speaker: "speaker", startMs: 0, endMs: 700, text: "um yes" }],
    ],
  ];
  it.each(cases)("%s", (_name, words, expected) => {
    expect(turns(splitMonoTurns(words))).toEqual(expected);
  });
});
