import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { AlertRuleDto } from "@/lib/services/alerts/alert-rule-schemas";
import { RuleEnabledSwitch } from "./rule-enabled-switch";

export function AlertRulesTable({ rules, projectNames, canManage }: { rules: AlertRuleDto[]; projectNames: ReadonlyMap<string, string>; canManage: boolean }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Rule</TH>
          <TH>Project</TH>
          <TH>Actions</TH>
          <TH>Enabled</TH>
          <TH>Created</TH>
        </TR>
      </THead>
      <TBody>
        {rules.map((rule) => (
          <TR key={rule.id} className="hover:bg-slate-50">
            <TD className="max-w-md">
              <Link href={`/alerts/${rule.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                {rule.name}
              </Link>
              <p className="text-slate-500">{rule.summary}</p>
            </TD>
            <TD>{rule.projectId ? (projectNames.get(rule.projectId) ?? rule.projectId) : <span className="text-slate-500">All projects</span>}</TD>
            <TD>
              <div className="flex flex-wrap gap-1">
                {rule.actions.length === 0 && <span className="text-slate-500">Dashboard only</span>}
                {rule.actions.map((action) => (
                  <Badge key={action}>{action === "webhook" ? "Webhook" : "Email"}</Badge>
                ))}
              </div>
            </TD>
            <TD>
              <RuleEnabledSwitch id={rule.id} name={rule.name} enabled={rule.enabled} disabled={!canManage} />
            </TD>
            <TD className="whitespace-nowrap text-slate-500">
              <time dateTime={rule.createdAt}>{formatDate(rule.createdAt)}</time>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
