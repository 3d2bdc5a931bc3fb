/**
 * Character offsets of a DOM selection inside one transcript segment. The
 * segment's text may be split over many elements (timed words, annotation
 * highlights), so a boundary point (node, offset) is turned into "characters
 * of text before it" by walking the segment's text nodes in document order.
 * Written against a few Node properties only, so it is tested without a DOM.
 */
export interface NodeLike {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const TEXT_NODE = 3;

function textLength(node: NodeLike): number {
  if (node.nodeType === TEXT_NODE) return node.nodeValue?.length ?? 0;
  let total = 0;
  for (let i = 0; i < node.childNodes.length; i++) total += textLength(node.childNodes[i]!);
  return total;
}

/**
 * The text offset within `root` of the boundary point (node, offset), as a
 * Range gives it: in a text node, offset counts characters; in an element, it
 * counts child nodes. Null when the node is not inside root.
 */
export function textOffsetWithin(root: NodeLike, node: NodeLike, offset: number): number | null {
  let before = 0;
  const visit = (current: NodeLike): number | null => {
    if (current === node) {
      if (current.nodeType === TEXT_NODE) return before + Math.max(0, Math.min(offset, current.nodeValue?.length ?? 0));
      let within = 0;
      const end = Math.max(0, Math.min(offset, current.childNodes.length));
      for (let i = 0; i < end; i++) within += textLength(current.childNodes[i]!);
      return before + within;
    }
    if (current.nodeType === TEXT_NODE) {
      before += current.nodeValue?.length ?? 0;
      return null;
    }
    for (let i = 0; i < current.childNodes.length; i++) {
      const found = visit(current.childNodes[i]!);
      if (found !== null) return found;
    }
    return null;
  };
  return visit(root);
}

export interface CharSpan {
  charStart: number;
  charEnd: number;
}

/** Drops the whitespace a drag tends to pick up at either end; null when nothing but whitespace is left. */
export function trimSpan(text: string, start: number, end: number): CharSpan | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { charStart: s, charEnd: e } : null;
}

export interface SegmentSlice {
  segmentIndex: number;
  start: number;
  end: number;
  text: string;
}

export type SelectionOutcome = { kind: "none" } | { kind: "span"; segmentIndex: number; span: CharSpan; quote: string } | { kind: "several" };

/**
 * What a selection means for annotating, given the part of each segment it
 * covers: nothing, one span in one segment, or text in several segments
 * (which an annotation cannot hold).
 */
export function classifySelection(slices: readonly SegmentSlice[]): SelectionOutcome {
  const touched = slices
    .map((s) => ({ slice: s, span: trimSpan(s.text, s.start, s.end) }))
    .filter((t): t is { slice: SegmentSlice; span: CharSpan } => t.span !== null);
  if (touched.length === 0) return { kind: "none" };
  if (touched.length > 1) return { kind: "several" };
  const { slice, span } = touched[0]!;
  return { kind: "span", segmentIndex: slice.segmentIndex, span, quote: slice.text.slice(span.charStart, span.charEnd) };
}
