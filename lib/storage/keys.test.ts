import { describe, expect, it } from "vitest";
import { InvalidKeyError } from "./errors";
import { assertValidKey, assertValidPrefix } from "./keys";

// The refused keys are exercised against both stores in storage-contract.ts.
describe("storage keys", () => {
  it.each(["records/rec_01HX/original.wav", "records/rec_1/channels/left.pcm", "_probe", "a-b_c.d/e.f.g", "x".repeat(200)])(
    "accepts %s",
    (key) => {
      expect(() => assertValidKey(key)).not.toThrow();
      expect(() => assertValidPrefix(`${key}/`)).not.toThrow();
    },
  );

  it("says what is wrong with a key", () => {
    expect(() => assertValidKey("records/../x")).toThrow(/contains \. or \.\. segments/);
    expect(() => assertValidKey("/abs")).toThrow(/must be relative/);
    expect(() => assertValidPrefix("records/rec_1")).toThrow(/must end with "\/"/);
    expect(() => assertValidKey("a b")).toThrow(InvalidKeyError);
  });
});
