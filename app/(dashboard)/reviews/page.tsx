// /reviews – the review queue: each record's newest analysis without a submitted review, failed compliance first, then the lowest scores
import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { queueHref } from "@/components/reviews/review-queue-query";
import { Pagination } from "@/components/ui/pagination";
import { ReviewQueueFilters } from "@/components/reviews/review-queue-filters";
import { parseQueueFilters, type SearchParams } from "@/components/reviews/review-queue-query";
import { ReviewQueueTable } from "@/components/reviews/review-queue-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { getDashboardContext } from "@/lib/dashboard/get-dashboard-context";
import { listProjects } from "@/lib/services/projects/list-projects";
import { listReviewQueue } from "@/lib/services/reviews/review-queue";

export const metadata: Metadata = { title: "Reviews" };

const PAGE_SIZE = 25;

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx, currentOrg } = await getDashboardContext();
  const header = (
    <PageHeader
      title="Reviews"
      description="Analysed conversations waiting for a reviewer: failed compliance first, then the lowest scores. Submitting a review takes it off the queue."
    />
  );
  if (!can(currentOrg.role, "reviews:write")) {
    return (
      <>
        {header}
        <AccessDenied what="reviews" />
      </>
    );
  }

  const filters = parseQueueFilters(await searchParams);
  const [queue, projects] = await Promise.all([
    listReviewQueue(ctx, { page: filters.page, pageSize: PAGE_SIZE, projectId: filters.projectId }),
    listProjects(ctx, { page: 1, pageSize: 100, sort: "name", order: "asc" }),
  ]);
  const projectNames = new Map(projects.items.map((p) => [p.id, p.name]));

  return (
    <>
      {header}
      <Card className="mb-6" aria-label="Filters">
        <ReviewQueueFilters filters={filters} projects={projects.items} />
      </Card>
      <Card aria-label="Queue">
        {queue.items.length > 0 ? (
          <ReviewQueueTable items={queue.items} projectNames={projectNames} />
        ) : (
          <EmptyState title={queue.total > 0 ? "Nothing on this page" : filters.projectId ? "Nothing to review in this project" : "Nothing to review"}>
            {queue.total === 0 && "Every analysed conversation has a submitted review. New ones appear here as they are analysed."}
          </EmptyState>
        )}
        <Pagination
          page={filters.page}
          pageSize={PAGE_SIZE}
          total={queue.total}
          noun="waiting"
          emptyLabel="Nothing waiting"
          hrefFor={(page) => queueHref(filters, { page })}
        />
      </Card>
    </>
  );
}
