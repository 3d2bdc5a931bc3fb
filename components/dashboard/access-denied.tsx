import { Card, CardBody } from "@/components/ui/card";

/** For a page opened by URL that the person's role cannot use (the sidebar does not link to it). */
export function AccessDenied({ what }: { what: string }) {
  return (
    <Card>
      <CardBody>
        <p className="text-sm font-medium text-slate-900">Your role cannot manage {what}.</p>
        <p className="mt-1 text-sm text-slate-500">Ask an owner or admin of this organization if you need access.</p>
      </CardBody>
    </Card>
  );
}
