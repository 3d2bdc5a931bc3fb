import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { id: "settings", label: "Settings", path: "" },
  { id: "scorecard", label: "Scorecard", path: "/scorecard" },
] as const;

/** The pages of one project. A link list with aria-current, so each page has its own address. */
export function ProjectTabs({ projectId, current }: { projectId: string; current: (typeof TABS)[number]["id"] }) {
  return (
    <nav aria-label="Project" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-6">
        {TABS.map((tab) => {
          const active = tab.id === current;
          return (
            <li key={tab.id}>
              <Link
                href={`/projects/${projectId}${tab.path}`}
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
