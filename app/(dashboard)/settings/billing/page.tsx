// /settings/billing – this period's usage and cost against the budget, usage by day, project and kind, credits, and the budget form
import type { Metadata } from "next";
import { BudgetForm } from "@/components/billing/budget-form";
import { formatAmount, formatQuantity, KIND_LABELS, shortDate, UNIT_LABELS, usageChartSummary } from "@/components/billing/format";
import { UsageChart } from "@/components/billing/usage-chart";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { ChartFigure } from "@/components/overview/chart-figure";
import { StatCard } from "@/components/overview/stat-card";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { getBillingSummary } from "@/lib/services/billing/get-billing-summary";
import { getBillingUsage } from "@/lib/services/billing/get-billing-usage";
import { listCredits } from "@/lib/services/billing/list-credits";

export const metadata: Metadata = { title: "Billing" };

const MONTH = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function BudgetMeter({ percent, exceeded }: { percent: number; exceeded: boolean }) {
  const width = Math.min(percent, 100);
  const tone = exceeded ? "bg-red-600" : percent >= 80 ? "bg-amber-500" : "bg-brand-600";
  return (
    <div
      role="meter"
      aria-label="Budget used"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(width)}
      aria-valuetext={`${percent}% of the budget used`}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
    >
      <div className={`h-full ${tone}`} style={{ width: `${width}%` }} />
    </div>
  );
}

export default async function BillingPage() {
  const { ctx, currentOrg } = await getDashboardContext();
  const header = <PageHeader title="Billing" description={`What ${currentOrg.name} has processed and what it cost, against its monthly budget.`} />;
  if (!can(currentOrg.role, "billing:read")) {
    return (
      <>
        {header}
        <AccessDenied what="billing" />
      </>
    );
  }

  const [summary, usage, { credits }] = await Promise.all([
    getBillingSummary(ctx, ctx.orgId),
    getBillingUsage(ctx, ctx.orgId, {}),
    listCredits(ctx, ctx.orgId, { page: 1, pageSize: 10 }),
  ]);
  const money = (amount: number) => formatAmount(amount, summary.currency);
  const month = MONTH.format(new Date(summary.periodStart));
  const canManage = can(currentOrg.role, "billing:manage");
  const chartData = usage.byDay.map((d) => ({ label: shortDate(d.date), cost: d.cost, audioMinutes: d.audioMinutes, analyses: d.analyses }));
  const hasUsage = usage.byDay.some((d) => d.cost > 0 || d.analyses > 0 || d.audioMinutes > 0);

  return (
    <>
      {header}
      {summary.budgetExceeded && (
        <div role="alert" className="mb-6 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-inset ring-red-200">
          The {month} budget is spent: new recordings, uploads and re-analyses are refused until the budget is raised or the next period starts on{" "}
          {formatDate(summary.periodEnd)}. Records already accepted still finish.
        </div>
      )}

      <dl className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label={`Spent in ${month}`} value={money(summary.totalCost)} note={plural(summary.totalRecords, "record")} />
        <StatCard
          label="Monthly budget"
          value={summary.budgetLimit === null ? "None" : money(summary.budgetLimit)}
          note={summary.budgetUsedPercent === null ? "No limit on processing" : `${summary.budgetUsedPercent}% used`}
        />
        <StatCard label="Audio minutes" value={formatQuantity(summary.totalMinutes)} note={plural(summary.totalAnalyses, "analysis", "analyses")} />
        <StatCard label="Credits available" value={money(summary.credits.available)} note={`${money(summary.credits.granted)} granted`} />
      </dl>

      <Card className="mb-6" aria-labelledby="budget-title">
        <CardHeader
          titleId="budget-title"
          title="Budget"
          description="When the period's cost reaches the budget, new processing is refused (HTTP 402) until the budget is raised or the next month starts. Owners are alerted at 80 % and 100 %."
        />
        <CardBody className="space-y-5">
          {summary.budgetLimit !== null && summary.budgetUsedPercent !== null && (
            <div className="space-y-2">
              <div className="flex justify-between text-sm text-slate-600">
                <span>
                  {money(summary.totalCost)} of {money(summary.budgetLimit)}
                </span>
                <span>{money(summary.budgetRemaining ?? 0)} left</span>
              </div>
              <BudgetMeter percent={summary.budgetUsedPercent} exceeded={summary.budgetExceeded} />
            </div>
          )}
          {canManage ? (
            <BudgetForm current={summary.budgetLimit} currency={summary.currency} />
          ) : (
            <p className="text-sm text-slate-500">Only owners can change the budget.</p>
          )}
        </CardBody>
      </Card>

      <ChartFigure
        id="usage-by-day"
        className="mb-6"
        title="Usage by day"
        description={`Cost per day in ${month} (UTC).`}
        summary={usageChartSummary(usage.byDay, summary.currency)}
        empty={hasUsage ? undefined : { hint: "Usage appears here as calls and conversations are processed." }}
        table={{
          caption: "Cost, audio minutes and analyses by day",
          columns: ["Day", "Cost", "Audio minutes", "Analyses"],
          rows: usage.byDay.map((d) => [shortDate(d.date), money(d.cost), formatQuantity(d.audioMinutes), d.analyses]),
        }}
      >
        <UsageChart data={chartData} currency={summary.currency} />
      </ChartFigure>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="by-project-title">
          <CardHeader titleId="by-project-title" title="By project" description={`${month} so far.`} />
          {usage.byProject.length === 0 ? (
            <EmptyState title="No usage yet">Projects appear here once their records are processed.</EmptyState>
          ) : (
            <Table>
              <THead>
                <TR>
                  <TH>Project</TH>
                  <TH className="text-right">Minutes</TH>
                  <TH className="text-right">Analyses</TH>
                  <TH className="text-right">Cost</TH>
                </TR>
              </THead>
              <TBody>
                {usage.byProject.map((p) => (
                  <TR key={p.projectId ?? "none"}>
                    <TD className="font-medium text-slate-900">{p.projectName ?? (p.projectId ? "Deleted project" : "No project")}</TD>
                    <TD className="text-right tabular-nums">{formatQuantity(p.audioMinutes)}</TD>
                    <TD className="text-right tabular-nums">{p.analyses}</TD>
                    <TD className="text-right tabular-nums">{money(p.cost)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>

        <Card aria-labelledby="by-kind-title">
          <CardHeader titleId="by-kind-title" title="By kind" description="What was metered, and today's price list." />
          <Table>
            <THead>
              <TR>
                <TH>Kind</TH>
                <TH className="text-right">Quantity</TH>
                <TH className="text-right">Price</TH>
                <TH className="text-right">Cost</TH>
              </TR>
            </THead>
            <TBody>
              {summary.prices.map((price) => {
                const used = usage.byKind.find((k) => k.kind === price.kind);
                return (
                  <TR key={price.kind}>
                    <TD className="font-medium text-slate-900">{KIND_LABELS[price.kind]}</TD>
                    <TD className="text-right tabular-nums">{formatQuantity(used?.quantity ?? 0)}</TD>
                    <TD className="text-right whitespace-nowrap text-slate-500">
                      {money(price.unitPrice)} {UNIT_LABELS[price.unit] ?? price.unit}
                    </TD>
                    <TD className="text-right tabular-nums">{money(used?.cost ?? 0)}</TD>
                  </TR>
                );
              })}
            </TBody>
          </Table>
        </Card>
      </div>

      <Card aria-labelledby="credits-title">
        <CardHeader
          titleId="credits-title"
          title="Credits"
          description={`${money(credits.granted)} granted, ${money(credits.used)} used since the start, ${money(credits.available)} available. Credits are granted by the operator of this Callscope.`}
        />
        {credits.grants.length === 0 ? (
          <EmptyState title="No credits granted">Grants and top-ups appear here.</EmptyState>
        ) : (
          <Table>
            <THead>
              <TR>
                <TH>Granted</TH>
                <TH>Note</TH>
                <TH className="text-right">Amount</TH>
              </TR>
            </THead>
            <TBody>
              {credits.grants.map((g) => (
                <TR key={g.id}>
                  <TD className="whitespace-nowrap text-slate-500">
                    <time dateTime={g.createdAt}>{formatDate(g.createdAt)}</time>
                  </TD>
                  <TD>{g.note ?? "—"}</TD>
                  <TD className="text-right tabular-nums">{money(g.amount)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
