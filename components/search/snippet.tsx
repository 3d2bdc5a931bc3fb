import { snippetParts } from "./snippet-parts";

/** A hit's snippet as text with the matched words in <mark>: rendered by React, never inserted as HTML. */
export function Snippet({ snippet }: { snippet: string }) {
  const parts = snippetParts(snippet);
  if (parts.length === 0) return null;
  return (
    <p className="text-sm leading-6 text-slate-600" data-testid="search-snippet">
      {parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 font-medium text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
