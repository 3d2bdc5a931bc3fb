import { INTRO_SECTIONS } from "./api-intro";
import { MethodBadge } from "./method-badge";
import type { TagView } from "./openapi-model";

export function TableOfContents({ tags }: { tags: TagView[] }) {
  return (
    <nav aria-label="API reference contents" className="text-sm">
      <h2 className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Introduction</h2>
      <ul role="list" className="mt-2 space-y-0.5">
        {INTRO_SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="block rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
              {section.title}
            </a>
          </li>
        ))}
      </ul>
      {tags.map((tag) => (
        <div key={tag.id} className="mt-6">
          <h2 className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
            <a href={`#${tag.id}`} className="hover:text-slate-900">
              {tag.name}
            </a>
          </h2>
          <ul role="list" className="mt-2 space-y-0.5">
            {tag.operations.map((op) => (
              <li key={op.id}>
                <a
                  href={`#${op.id}`}
                  className="flex items-center gap-2 rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                >
                  <MethodBadge method={op.method} size="sm" />
                  <span className="truncate font-mono text-xs" title={op.summary}>
                    {op.path}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
