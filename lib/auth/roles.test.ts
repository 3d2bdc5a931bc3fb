import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, outranksOrEquals, PERMISSIONS, ROLES } from "./roles";

/** docs/roles.md is what people read; it must say what the code does. */
function documentedMatrix(): Map<string, Record<string, boolean>> {
  const text = fs.readFileSync(path.join(__dirname, "../../docs/roles.md"), "utf8");
  const rows = new Map<string, Record<string, boolean>>();
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const permission = /^`([\w:]+)`$/.exec(cells[1] ?? "")?.[1];
    if (!permission) continue;
    const answers = cells.slice(3, 3 + ROLES.length);
    rows.set(permission, Object.fromEntries(ROLES.map((role, i) => [role, answers[i] === "yes"])));
  }
  return rows;
}

describe("role matrix", () => {
  it("is documented exactly as enforced", () => {
    const documented = documentedMatrix();
    expect([...documented.keys()].sort()).toEqual([...PERMISSIONS].sort());
    for (const permission of PERMISSIONS) {
      for (const role of ROLES) {
        expect({ permission, role, allowed: documented.get(permission)![role] }).toEqual({
          permission,
          role,
          allowed: can(role, permission),
        });
      }
    }
  });

  it("gives every role read access and only owners billing changes", () => {
    for (const role of ROLES) expect(can(role, "org:read")).toBe(true);
    expect(ROLES.filter((r) => can(r, "billing:manage"))).toEqual(["owner"]);
  });

  it("ranks roles from owner down to viewer", () => {
    expect(outranksOrEquals("owner", "admin")).toBe(true);
    expect(outranksOrEquals("admin", "owner")).toBe(false);
    expect(outranksOrEquals("reviewer", "reviewer")).toBe(true);
    expect(outranksOrEquals("viewer", "reviewer")).toBe(false);
  });
});
