import { switchOrganizationAction } from "@/app/(dashboard)/actions";
import { cn } from "@/components/ui/cn";
import type { UserOrganization } from "@/lib/services/orgs/list-user-organizations";

function OrgLabel({ org }: { org: UserOrganization }) {
  return (
    <span className="min-w-0 text-left">
      <span className="block truncate text-sm font-semibold text-slate-900">{org.name}</span>
      <span className="block text-xs text-slate-500 capitalize">{org.role}</span>
    </span>
  );
}

/**
 * The current organization, and for people in several a menu to switch.
 * Each choice is a tiny form posting to a server action, so it works
 * without JavaScript and the choice is checked on the server.
 */
export function OrgSwitcher({ organizations, current }: { organizations: UserOrganization[]; current: UserOrganization }) {
  const box = "flex w-full items-center justify-between gap-2 rounded-md px-3 py-2 ring-1 ring-slate-200 ring-inset";
  if (organizations.length < 2) {
    return (
      <div className={box}>
        <OrgLabel org={current} />
      </div>
    );
  }
  return (
    <details key={current.id} className="group relative">
      <summary
        className={cn(box, "cursor-pointer list-none bg-white hover:bg-slate-50 [&::-webkit-details-marker]:hidden")}
        aria-label={`Organization: ${current.name}. Switch organization`}
      >
        <OrgLabel org={current} />
        <svg viewBox="0 0 20 20" className="size-4 shrink-0 text-slate-400" fill="currentColor" aria-hidden="true">
          <path d="M10 3 6 7h8l-4-4Zm0 14 4-4H6l4 4Z" />
        </svg>
      </summary>
      <ul className="absolute inset-x-0 z-20 mt-1 space-y-0.5 rounded-md bg-white p-1 shadow-lg ring-1 ring-slate-200">
        {organizations.map((org) => (
          <li key={org.id}>
            <form action={switchOrganizationAction}>
              <input type="hidden" name="orgId" value={org.id} />
              <button
                type="submit"
                aria-current={org.id === current.id ? "true" : undefined}
                className={cn(
                  "flex w-full items-center justify-between gap-2 rounded px-2 py-1.5 hover:bg-slate-100",
                  org.id === current.id && "bg-brand-50",
                )}
              >
                <OrgLabel org={org} />
                {org.id === current.id && <span className="sr-only">(current)</span>}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </details>
  );
}
