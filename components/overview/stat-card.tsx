import Link from "next/link";
import type { ReactNode } from "react";

export function StatCard({ label, value, href, note }: { label: string; value: ReactNode; href?: string; note?: ReactNode }) {
  return (
    <div className="rounded-lg bg-white px-5 py-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tracking-tight text-slate-900">
        {href ? (
          <Link href={href} className="hover:text-brand-700">
            {value}
          </Link>
        ) : (
          value
        )}
      </dd>
      {note && <dd className="mt-1 text-sm text-slate-500">{note}</dd>}
    </div>
  );
}
