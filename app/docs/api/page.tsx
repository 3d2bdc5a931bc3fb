// /docs/api – the readable API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves
import type { Metadata } from "next";
import { ApiIntro } from "@/components/api-reference/api-intro";
import { InlineCode } from "@/components/api-reference/inline-code";
import { buildReferenceModel } from "@/components/api-reference/openapi-model";
import { OperationSection } from "@/components/api-reference/operation-section";
import { TableOfContents } from "@/components/api-reference/table-of-contents";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";

export const metadata: Metadata = {
  title: "API reference",
  description: "The Callscope REST API: endpoints, parameters, request and response fields, errors.",
};

// Built in-process from the zod contracts at build time; nothing is fetched.
export const dynamic = "force-static";

export default function ApiReferencePage() {
  const document = buildOpenApiDocument();
  const model = buildReferenceModel(document);
  const operationCount = model.tags.reduce((n, tag) => n + tag.operations.length, 0);

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-6 py-4">
          <p className="flex items-center gap-2 text-sm font-semibold text-slate-900">
            <span aria-hidden="true" className="inline-block size-2.5 rounded-full bg-brand-500" />
            Callscope <span className="font-normal text-slate-400">/</span>{" "}
            <span className="font-normal text-slate-600">API reference</span>
          </p>
          <a
            href={`${model.baseUrl}/openapi.json`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
          >
            OpenAPI 3.1 document (JSON)
          </a>
        </div>
      </header>

      <div className="mx-auto flex max-w-7xl gap-10 px-6 py-10">
        <aside className="hidden w-64 shrink-0 lg:block">
          <div className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto pb-6">
            <TableOfContents tags={model.tags} />
          </div>
        </aside>

        <main className="min-w-0 flex-1">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{model.title}</h1>
          <p className="mt-1 text-sm text-slate-500">
            Version {model.version} · {operationCount} endpoints · base URL <code className="font-mono">{model.baseUrl}</code>
          </p>
          {model.description ? (
            <p className="mt-4 max-w-3xl leading-relaxed text-slate-700">
              <InlineCode text={model.description} />
            </p>
          ) : null}

          <div className="mt-10">
            <ApiIntro baseUrl={model.baseUrl} />
          </div>

          {model.tags.map((tag) => (
            <section key={tag.id} id={tag.id} aria-labelledby={`${tag.id}-title`} className="mt-14 scroll-mt-6">
              <h2 id={`${tag.id}-title`} className="border-b border-slate-200 pb-2 text-2xl font-semibold text-slate-900">
                {tag.name}
              </h2>
              <div className="mt-6 space-y-8">
                {tag.operations.map((operation) => (
                  <OperationSection key={operation.id} operation={operation} baseUrl={model.baseUrl} />
                ))}
              </div>
            </section>
          ))}
        </main>
      </div>
    </div>
  );
}
