// Dashboard shell: sidebar with organization switcher, search box, navigation for the role, and the signed-in person.
import { navSectionsFor } from "@/components/dashboard/nav-sections";
import { OrgSwitcher } from "@/components/dashboard/org-switcher";
import { SidebarNav } from "@/components/dashboard/sidebar-nav";
import { UserMenu } from "@/components/dashboard/user-menu";
import { SearchBox } from "@/components/search/search-box";
import { Logo } from "@/components/ui/logo";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const { user, organizations, currentOrg } = await getDashboardContext();
  return (
    <div className="min-h-screen lg:flex">
      {/* The column stretches with the page; its content sticks to the viewport (sticky, not fixed, so it also prints and screenshots in place). */}
      <aside className="border-b border-slate-200 bg-white lg:w-64 lg:shrink-0 lg:border-r lg:border-b-0">
        <div className="flex flex-col lg:sticky lg:top-0 lg:h-screen">
          <div className="flex h-16 shrink-0 items-center px-5">
            <Logo />
          </div>
          <div className="space-y-3 px-3">
            <OrgSwitcher organizations={organizations} current={currentOrg} />
            <SearchBox />
          </div>
          <div className="flex-1 overflow-y-auto px-3 py-5">
            <SidebarNav sections={navSectionsFor(currentOrg.role)} />
          </div>
          <div className="border-t border-slate-200 px-4 py-3">
            <UserMenu name={user.name} email={user.email} />
          </div>
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6 lg:px-10 lg:py-10">{children}</main>
      </div>
    </div>
  );
}
