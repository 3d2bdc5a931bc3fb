import Link from "next/link";
import { TH } from "@/components/ui/table";
import { recordsHref, type RecordFilters } from "./records-query";

interface SortHeaderProps {
  filters: RecordFilters;
  field: RecordFilters["sort"];
  label: string;
  className?: string;
}

/** A column heading that sorts by its field; clicking the active one flips the order. */
export function SortHeader({ filters, field, label, className }: SortHeaderProps) {
  const active = filters.sort === field;
  const nextOrder = active && filters.order === "desc" ? "asc" : "desc";
  return (
    <TH className={className} aria-sort={active ? (filters.order === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={recordsHref(filters, { sort: field, order: nextOrder, page: 1 })} className="inline-flex items-center gap-1 hover:text-slate-800">
        {label}
        <span aria-hidden="true" className={active ? "text-slate-700" : "text-slate-300"}>
          {active && filters.order === "asc" ? "▲" : "▼"}
        </span>
      </Link>
    </TH>
  );
}
