import { describe, expect, it } from "vitest";
import { toSnippet } from "@/lib/services/search/snippet";
import { MARK_END, MARK_START } from "@/lib/services/search/search-query";
import { snippetParts } from "./snippet-parts";

const headline = (text: string) => text.replaceAll("[", MARK_START).replaceAll("]", MARK_END);

describe("snippets", () => {
  it("escape the text and mark the matches with <mark>", () => {
    expect(toSnippet(headline('a < b & "c" [refund]\n  it\'s [late]'))).toBe("a &lt; b &amp; &quot;c&quot; <mark>refund</mark> it&#39;s <mark>late</mark>");
    expect(toSnippet(null)).toBe("");
    // A stray start marker is closed; a stray end marker is dropped.
    expect(toSnippet(headline("x] [y"))).toBe("x <mark>y</mark>");
  });

  it("come back as plain-text parts, so markup typed into a transcript stays text", () => {
    const snippet = toSnippet(headline("say <mark>hi</mark> & [refund] <script>x</script>"));
    expect(snippet).not.toContain("<script>");
    expect(snippetParts(snippet)).toEqual([
      { text: "say <mark>hi</mark> & ", marked: false },
      { text: "refund", marked: true },
      { text: " <script>x</script>", marked: false },
    ]);
    expect(snippetParts("")).toEqual([]);
  });
});
