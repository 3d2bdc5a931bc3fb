/**
 * The PDF uses the 14 standard fonts (no font files to ship or load), which
 * cover Windows-1252: Latin-1 plus a few typographic marks. pdfkit writes any
 * other character as the wrong bytes, so text is brought into that set first:
 * accents that 1252 lacks are dropped (ő → o), and anything else becomes "?".
 * CSV and JSON keep every character.
 */
const WIN_1252_EXTRAS = new Set([
  338, 339, 352, 353, 376, 381, 382, 402, 710, 732, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230,
  8240, 8249, 8250, 8364, 8482,
]);

/** Common marks outside the set with a plain stand-in, so "−0.2" does not become "?0.2". */
const STAND_INS: Record<string, string> = {
  "\u2212": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\u2009": " ",
  "\u202f": " ",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2248": "~",
};

function encodable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_1252_EXTRAS.has(code);
}

export function pdfSafeText(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (encodable(code) || char === "\n") {
      out += char;
      continue;
    }
    if (char === "\t" || char === "\r") {
      out += " ";
      continue;
    }
    if (STAND_INS[char]) {
      out += STAND_INS[char];
      continue;
    }
    const base = char.normalize("NFD")[0]!;
    out += base !== char && encodable(base.codePointAt(0)!) ? base : "?";
  }
  return out;
}
