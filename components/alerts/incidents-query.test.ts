import { describe, expect, it } from "vitest";
import { incidentsHref, parseIncidentFilters } from "./incidents-query";

describe("incident list filters", () => {
  it("keeps valid filters and drops anything odd", () => {
    expect(parseIncidentFilters({ status: "open", ruleId: "alr_abc123", page: "2" })).toEqual({ status: "open", ruleId: "alr_abc123", page: 2 });
    expect(parseIncidentFilters({ status: "closed", ruleId: "proj_abc", page: "-1" })).toEqual({ status: undefined, ruleId: undefined, page: 1 });
  });

  it("builds links that keep the filters", () => {
    expect(incidentsHref({ status: "acknowledged", page: 1 }, { page: 3 })).toBe("/alerts/incidents?status=acknowledged&page=3");
    expect(incidentsHref({ page: 1 })).toBe("/alerts/incidents");
  });
});
