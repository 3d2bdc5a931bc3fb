import { ComplianceBadge } from "@/components/analysis/score-overview";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { TBody, TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { ReviewDto } from "@/lib/services/reviews/review-schemas";

/** Every review and draft of an analysis, newest first: who, when, the score they arrived at. */
export function ReviewHistory({ reviews, names }: { reviews: ReviewDto[]; names: ReadonlyMap<string, string> }) {
  if (reviews.length === 0) return <EmptyState title="No reviews yet">Submitted reviews and saved drafts appear here.</EmptyState>;
  return (
    <Table aria-label="Review history">
      <THead>
        <TR>
          <TH>When</TH>
          <TH>Reviewer</TH>
          <TH>Status</TH>
          <TH className="text-right">Score</TH>
          <TH>Compliance</TH>
          <TH className="text-right">Agreement</TH>
          <TH>Comment</TH>
        </TR>
      </THead>
      <TBody>
        {reviews.map((r) => (
          <TR key={r.id} data-review-id={r.id}>
            <TD className="whitespace-nowrap text-slate-500">
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
            </TD>
            <TD className="whitespace-nowrap">{r.reviewerId ? (names.get(r.reviewerId) ?? "A former member") : "An API key"}</TD>
            <TD>{r.status === "submitted" ? <Badge tone="success">Submitted</Badge> : <Badge>Draft</Badge>}</TD>
            <TD className="text-right font-medium tabular-nums">{r.qualityScore === null ? "—" : Math.round(r.qualityScore)}</TD>
            <TD>
              <ComplianceBadge status={r.complianceStatus} short />
            </TD>
            <TD className="text-right tabular-nums">{r.agreement === null ? "—" : `${Math.round(r.agreement * 100)}%`}</TD>
            <TD className="max-w-xs truncate" title={r.comment || undefined}>
              {r.comment || <span className="text-slate-400">—</span>}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
