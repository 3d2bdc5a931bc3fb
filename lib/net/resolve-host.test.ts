import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { isAllowedContentType, normalizeContentType } from "./content-type";
import { pinnedLookup } from "./resolve-host";

const checked: LookupAddress[] = [
  { address: "127.0.0.2", family: 4 },
  { address: "::1", family: 6 },
];

function ask(options: { all?: boolean; family?: number | "IPv4" | "IPv6" }) {
  return new Promise<{ error: unknown; address: unknown; family?: number }>((resolve) =>
    pinnedLookup(checked)("attacker-controlled.example", options, (error, address, family) =>
      resolve({ error, address, family }),
    ),
  );
}

describe("pinnedLookup", () => {
  it("answers with the checked addresses whatever name it is asked about", async () => {
    expect(await ask({})).toEqual({ error: null, address: "127.0.0.2", family: 4 });
    expect(await ask({ all: true })).toMatchObject({ error: null, address: checked });
  });

  it("honours the family Node asks for", async () => {
    expect(await ask({ family: 6 })).toEqual({ error: null, address: "::1", family: 6 });
    expect(await ask({ family: "IPv4", all: true })).toMatchObject({ address: [checked[0]] });
    const none = await new Promise<unknown>((resolve) =>
      pinnedLookup([checked[0]!])("x", { family: 6 }, (error) => resolve(error)),
    );
    expect(none).toMatchObject({ code: "ENOTFOUND" });
  });
});

describe("content types", () => {
  it.each([
    ["audio/mpeg", "audio/mpeg"],
    ["Audio/WAV; rate=8000", "audio/wav"],
    [" audio/x-wav ", "audio/x-wav"],
    [undefined, "application/octet-stream"],
    ["", "application/octet-stream"],
    ["not a type", "application/octet-stream"],
    ["audio/wav\r\nx-injected: 1", "application/octet-stream"],
  ])("normalizes %j to %s", (header, expected) => {
    expect(normalizeContentType(header)).toBe(expected);
  });

  it("matches exact types and type/* patterns", () => {
    expect(isAllowedContentType("audio/ogg", ["audio/*"])).toBe(true);
    expect(isAllowedContentType("video/mp4", ["audio/*", "video/mp4"])).toBe(true);
    expect(isAllowedContentType("audiox/ogg", ["audio/*"])).toBe(false);
    expect(isAllowedContentType("text/html", ["audio/*", "application/octet-stream"])).toBe(false);
  });
});
