import type { ReactNode } from "react";

/** The white panel every signed-out page sits in. */
export function AuthCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-white px-6 py-8 shadow-sm ring-1 ring-slate-200 sm:px-8">
      <h1 className="text-xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {description && <div className="mt-1 text-sm text-slate-500">{description}</div>}
      <div className="mt-6">{children}</div>
    </div>
  );
}
