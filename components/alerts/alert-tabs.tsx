import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { id: "rules", label: "Rules", href: "/alerts" },
  { id: "incidents", label: "Incidents", href: "/alerts/incidents" },
] as const;

/** Rules and the incidents they raised: two pages, each with its own address. */
export function AlertTabs({ current }: { current: (typeof TABS)[number]["id"] }) {
  return (
    <nav aria-label="Alerts" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-6">
        {TABS.map((tab) => {
          const active = tab.id === current;
          return (
            <li key={tab.id}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-1 pb-3 text-sm font-medium",
                  active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-700",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
