import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/roles";
import { navSectionsFor } from "./nav-sections";

const hrefs = (role: (typeof ROLES)[number]) => navSectionsFor(role).flatMap((s) => s.items.map((i) => i.href));

describe("the sidebar", () => {
  it("links Billing for owners and admins only", () => {
    expect(ROLES.filter((role) => hrefs(role).includes("/settings/billing"))).toEqual(["owner", "admin"]);
  });
});
