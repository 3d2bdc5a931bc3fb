import { can, type Role } from "@/lib/auth/roles";
import type { NavSection } from "./sidebar-nav";

/** Only pages that exist, and only those the role can use: a link that ends in "forbidden" is noise. */
export function navSectionsFor(role: Role): NavSection[] {
  const settings = [
    ...(can(role, "members:manage") ? [{ href: "/settings/members", label: "Members", icon: "members" as const }] : []),
    ...(can(role, "apiKeys:manage") ? [{ href: "/settings/api-keys", label: "API keys", icon: "keys" as const }] : []),
    ...(can(role, "integrations:manage")
      ? [{ href: "/settings/integrations", label: "Integrations", icon: "integrations" as const }]
      : []),
    ...(can(role, "webhooks:manage") ? [{ href: "/settings/webhooks", label: "Webhooks", icon: "webhooks" as const }] : []),
    ...(can(role, "billing:read") ? [{ href: "/settings/billing", label: "Billing", icon: "billing" as const }] : []),
  ];
  return [
    {
      items: [
        { href: "/", label: "Overview", icon: "overview" },
        { href: "/projects", label: "Projects", icon: "projects" },
        { href: "/records", label: "Records", icon: "records" },
        { href: "/exports", label: "Exports", icon: "exports" },
        ...(can(role, "reviews:write") ? [{ href: "/reviews", label: "Reviews", icon: "reviews" as const }] : []),
        ...(can(role, "alerts:read") ? [{ href: "/alerts", label: "Alerts", icon: "alerts" as const }] : []),
      ],
    },
    ...(settings.length ? [{ title: "Settings", items: settings }] : []),
    { title: "Developers", items: [{ href: "/docs/api", label: "API reference", icon: "docs" }] },
  ];
}
