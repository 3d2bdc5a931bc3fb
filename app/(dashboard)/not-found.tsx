// Not found inside the dashboard (an unknown or another organization's id): keeps the sidebar.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";

export default function DashboardNotFound() {
  return (
    <Card>
      <CardBody className="py-12 text-center">
        <p className="text-sm font-semibold text-brand-600">404</p>
        <h1 className="mt-2 text-xl font-semibold text-slate-900">We could not find that page</h1>
        <p className="mt-1 text-sm text-slate-500">It may have been deleted, or it belongs to another organization.</p>
        <Link href="/" className={`${buttonClasses("secondary")} mt-6`}>
          Back to overview
        </Link>
      </CardBody>
    </Card>
  );
}
