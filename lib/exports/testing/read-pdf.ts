import { inflateSync } from "node:zlib";

/**
 * Reads back the PDFs pdfkit writes, for tests: checks the cross-reference
 * table really points at every object (what a viewer relies on to open the
 * file), counts the pages, and decodes the text of each page's content
 * stream, compressed or not. It understands pdfkit's output (standard fonts,
 * text as hex strings in TJ arrays), not PDFs in general.
 */
export interface ReadPdf {
  pageCount: number;
  /** The text of each page, lines joined with "\n". */
  pages: string[];
}

// Windows-1252 bytes 0x80–0x9f; the rest of the code page is Latin-1.
const CP1252_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹",
  0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™",
  0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

function decodeHex(hex: string): string {
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    out += CP1252_HIGH[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

function checkCrossReferences(bytes: Buffer, text: string) {
  if (!text.startsWith("%PDF-")) throw new Error("not a PDF: no %PDF- header");
  if (!/%%EOF\s*$/.test(text)) throw new Error("truncated PDF: no %%EOF at the end");
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  if (text.slice(start, start + 4) !== "xref") throw new Error("startxref does not point at the xref table");
  const table = /^xref\n0 (\d+)\n([\s\S]*?)trailer/.exec(text.slice(start));
  if (!table) throw new Error("unreadable xref table");
  const entries = table[2]!.trim().split("\n").slice(1);
  if (entries.length !== Number(table[1]) - 1) throw new Error("xref table size does not match its entries");
  entries.forEach((entry, index) => {
    const offset = Number(entry.slice(0, 10));
    const head = bytes.subarray(offset, offset + 20).toString("latin1");
    if (!head.startsWith(`${index + 1} 0 obj`)) throw new Error(`xref entry ${index + 1} points at "${head.slice(0, 12)}"`);
  });
}

function streamText(data: string): string {
  const lines: string[] = [];
  for (const array of data.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ/g)) {
    lines.push([...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1]!)).join(""));
  }
  return lines.join("\n");
}

export function readPdf(bytes: Buffer): ReadPdf {
  const text = bytes.toString("latin1");
  checkCrossReferences(bytes, text);
  const pages: string[] = [];
  // Page content streams are the only streams with text; pdfkit writes them in page order.
  for (const match of text.matchAll(/<<([^]*?)>>\nstream\n/g)) {
    const dict = match[1]!;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const begin = match.index! + match[0].length;
    const raw = bytes.subarray(begin, begin + length);
    const data = (/\/FlateDecode/.test(dict) ? inflateSync(raw) : raw).toString("latin1");
    // Every pdfkit page starts by flipping the y axis; no other stream does.
    if (/^1 0 0 -1 0 [\d.]+ cm/.test(data)) pages.push(streamText(data));
  }
  return { pageCount: (text.match(/\/Type \/Page\n/g) ?? []).length, pages };
}
