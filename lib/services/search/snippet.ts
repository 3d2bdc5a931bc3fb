import { MARK_END, MARK_START } from "./search-query";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * ts_headline's passage as the API's snippet: the text HTML-escaped, the
 * matched words between <mark> and </mark>. Because everything else is
 * escaped, those are the only tags, and a `<mark>` typed in a transcript
 * arrives as `&lt;mark&gt;`.
 */
export function toSnippet(headline: string | null): string {
  if (!headline) return "";
  const text = headline.replace(/\s+/g, " ").trim();
  let out = "";
  let open = false;
  for (const piece of text.split(new RegExp(`([${MARK_START}${MARK_END}])`))) {
    if (piece === MARK_START) {
      if (!open) out += "<mark>";
      open = true;
    } else if (piece === MARK_END) {
      if (open) out += "</mark>";
      open = false;
    } else {
      out += escapeHtml(piece);
    }
  }
  return open ? `${out}</mark>` : out;
}
