import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "./code-block";

interface GetStartedCardProps {
  appUrl: string;
  canManageKeys: boolean;
}

export function GetStartedCard({ appUrl, canManageKeys }: GetStartedCardProps) {
  const curl = `curl ${appUrl}/api/v1/projects \\\n  -H "Authorization: Bearer $CALLSCOPE_API_KEY"`;
  return (
    <Card aria-labelledby="get-started-title">
      <CardHeader titleId="get-started-title" title="Get started" description="Send Callscope your first request from a script or a terminal." />
      <CardBody>
        <ol className="space-y-5 text-sm text-slate-700">
          <li className="flex gap-3">
            <Step n={1} />
            <div>
              <p className="font-medium text-slate-900">Create an API key</p>
              <p className="mt-0.5 text-slate-500">
                {canManageKeys ? (
                  <>
                    Go to{" "}
                    <Link href="/settings/api-keys" className="font-medium text-brand-700 hover:underline">
                      API keys
                    </Link>{" "}
                    and create one. Keep it secret: it acts for this organization.
                  </>
                ) : (
                  "Ask an administrator of this organization for a key."
                )}
              </p>
            </div>
          </li>
          <li className="flex gap-3">
            <Step n={2} />
            <div className="min-w-0 flex-1">
              <p className="font-medium text-slate-900">List your projects</p>
              <p className="mt-0.5 mb-3 text-slate-500">Export the key as CALLSCOPE_API_KEY, then run:</p>
              <CodeBlock code={curl} label="Example request" />
            </div>
          </li>
          <li className="flex gap-3">
            <Step n={3} />
            <div>
              <p className="font-medium text-slate-900">Explore the API</p>
              <p className="mt-0.5 text-slate-500">
                Every endpoint is described in the{" "}
                <Link href="/docs/api" className="font-medium text-brand-700 hover:underline">
                  API reference
                </Link>
                .
              </p>
            </div>
          </li>
        </ol>
      </CardBody>
    </Card>
  );
}

function Step({ n }: { n: number }) {
  return (
    <span className="grid size-6 shrink-0 place-items-center rounded-full bg-brand-50 text-xs font-semibold text-brand-700 ring-1 ring-brand-100" aria-hidden="true">
      {n}
    </span>
  );
}
