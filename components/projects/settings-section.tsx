import type { ReactNode } from "react";

/** One titled group of the project settings form: explanation on the left, controls on the right. */
export function SettingsSection({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <div className="grid gap-x-8 gap-y-4 px-5 py-6 md:grid-cols-3">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        <p className="mt-1 text-sm text-slate-500">{description}</p>
      </div>
      <div className="space-y-5 md:col-span-2">{children}</div>
    </div>
  );
}
