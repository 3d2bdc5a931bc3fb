import type { ReactNode } from "react";
import { Card, CardHeader } from "@/components/ui/card";

interface ChartFigureProps {
  id: string;
  title: string;
  description?: string;
  /** One or two sentences that say what the chart shows; read under it and announced with it. */
  summary: string;
  /** The numbers behind the chart, for screen readers (a visually hidden table). */
  table?: { caption: string; columns: string[]; rows: (string | number)[][] };
  /** Nothing to draw: the summary becomes the empty state, with this hint under it. */
  empty?: { hint?: ReactNode };
  className?: string;
  children: ReactNode;
}

/**
 * A chart in a card: the drawing is decoration for screen readers (aria-hidden),
 * the summary and the hidden table are its text alternative.
 */
export function ChartFigure({ id, title, description, summary, table, empty, className, children }: ChartFigureProps) {
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  return (
    <Card aria-labelledby={titleId} className={className}>
      <CardHeader titleId={titleId} title={title} description={description} />
      <figure aria-labelledby={titleId} aria-describedby={summaryId} data-chart={id} className="px-5 pt-4 pb-5">
        {empty ? (
          <figcaption className="px-6 py-10 text-center">
            <p id={summaryId} className="text-sm font-medium text-slate-900">
              {summary}
            </p>
            {empty.hint && <p className="mt-1 text-sm text-slate-500">{empty.hint}</p>}
          </figcaption>
        ) : (
          <>
            <div aria-hidden="true" className="min-w-0">
              {children}
            </div>
            <figcaption id={summaryId} className="mt-3 text-sm text-slate-600">
              {summary}
            </figcaption>
          </>
        )}
        {table && !empty && table.rows.length > 0 && (
          <table className="sr-only">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </figure>
    </Card>
  );
}
