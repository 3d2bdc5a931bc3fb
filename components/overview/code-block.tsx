import { CopyButton } from "@/components/ui/copy-button";

/** A shell snippet under a title bar holding the copy button, so the button never covers the code on narrow screens. */
export function CodeBlock({ code, label }: { code: string; label: string }) {
  return (
    <figure className="overflow-hidden rounded-md bg-slate-900 ring-1 ring-slate-900">
      <figcaption className="flex items-center justify-between gap-2 border-b border-slate-700 bg-slate-800 py-1.5 pr-1.5 pl-4">
        <span className="text-xs font-medium text-slate-300">{label}</span>
        <CopyButton value={code} label="Copy command" size="sm" />
      </figcaption>
      <pre aria-label={label} className="overflow-x-auto p-4 font-mono text-sm leading-relaxed text-slate-100">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
