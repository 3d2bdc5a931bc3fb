import { describe, expect, it } from "vitest";
import { createAlertRuleInput } from "@/lib/services/alerts/alert-rule-schemas";
import { errorsFor, ruleBodyFromForm } from "./rule-form-values";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("ruleBodyFromForm", () => {
  it("builds the API body the service validates: numbers as numbers, a window, actions and recipients", () => {
    const body = ruleBodyFromForm(
      form([
        ["name", "Low scores"],
        ["projectId", "proj_abc12345"],
        ["condition.field", "qualityScore"],
        ["condition.operator", "lt"],
        ["condition.value", " 60 "],
        ["window.enabled", "on"],
        ["window.count", "3"],
        ["window.within.amount", "1"],
        ["window.within.unit", "days"],
        ["window.per", "agent"],
        ["actions", "webhook"],
        ["actions", "email"],
        ["emailRecipients", "lead@example.com, qa@example.com\nops@example.com"],
        ["enabled", "on"],
      ]),
    );
    expect(body).toEqual({
      name: "Low scores",
      projectId: "proj_abc12345",
      condition: { field: "qualityScore", operator: "lt", value: 60 },
      window: { count: 3, within: { amount: 1, unit: "days" }, per: "agent" },
      actions: ["webhook", "email"],
      emailRecipients: ["lead@example.com", "qa@example.com", "ops@example.com"],
      enabled: true,
    });
    expect(createAlertRuleInput.safeParse(body).success).toBe(true);
  });

  it("sends only the keys of the chosen field, and no window, recipients or project when left empty", () => {
    const keyword = ruleBodyFromForm(
      form([
        ["name", "Churn"],
        ["projectId", ""],
        ["condition.field", "keyword"],
        ["condition.operator", "contains"],
        ["condition.value", "cancel my subscription"],
        ["condition.criterionId", "greeting"],
        ["condition.speaker", "customer"],
        ["emailRecipients", "  "],
      ]),
    );
    expect(keyword).toEqual({
      name: "Churn",
      projectId: null,
      condition: { field: "keyword", operator: "contains", value: "cancel my subscription", speaker: "customer" },
      window: null,
      actions: [],
      emailRecipients: null,
      enabled: false,
    });
    expect(createAlertRuleInput.safeParse(keyword).success).toBe(true);
    const criterion = ruleBodyFromForm(form([["condition.field", "criterion"], ["condition.operator", "eq"], ["condition.value", "failed"], ["condition.criterionId", " greeting "], ["condition.speaker", "agent"]]));
    expect(criterion.condition).toEqual({ field: "criterion", operator: "eq", value: "failed", criterionId: "greeting" });
  });

  it("passes what is not a number through as typed, so the service names the field", () => {
    const body = ruleBodyFromForm(form([["name", "x"], ["condition.field", "qualityScore"], ["condition.operator", "lt"], ["condition.value", "sixty"], ["window.enabled", "on"], ["window.count", ""]]));
    const result = createAlertRuleInput.safeParse(body);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["condition.value", "window.count", "window.within.unit", "window.per"]));
  });
});

describe("errorsFor", () => {
  it("gathers a list's errors under its one input", () => {
    const fields = { emailRecipients: ["must not repeat an address"], "emailRecipients.1": ["must be a valid email address"], "condition.value": ["must be a number"] };
    expect(errorsFor(fields, "emailRecipients")).toEqual(["must not repeat an address", "Address 2 must be a valid email address"]);
    expect(errorsFor(fields, "condition.value")).toEqual(["must be a number"]);
    expect(errorsFor(fields, "name")).toBeUndefined();
  });
});
