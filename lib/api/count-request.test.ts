import { describe, expect, it } from "vitest";
import { routePattern } from "./count-request";

describe("the route a request is counted under", () => {
  it.each([
    ["/api/v1/records", {}, "/records"],
    ["/api/v1/records/rec_123/transcript", { id: "rec_123" }, "/records/:id/transcript"],
    ["/api/v1/analyses/ana_1/annotations/ann_2", { id: "ana_1", annotationId: "ann_2" }, "/analyses/:id/annotations/:annotationId"],
    ["/api/v1/billing/summary/org_9", { orgId: "org_9" }, "/billing/summary/:orgId"],
    // The resource segment is never a parameter, even when a value equals it.
    ["/api/v1/records/records", { id: "records" }, "/records/:id"],
    ["/api/v1/projects/a%20b", { id: "a b" }, "/projects/:id"],
  ])("%s is %s", (pathname, params, expected) => {
    expect(routePattern(pathname, params)).toBe(expected);
  });
});
