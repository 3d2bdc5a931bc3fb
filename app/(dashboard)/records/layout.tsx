// Records pages share one React Query client, used to poll records that are still processing.
import { RecordsQueryProvider } from "@/components/records/query-provider";

export default function RecordsLayout({ children }: { children: React.ReactNode }) {
  return <RecordsQueryProvider>{children}</RecordsQueryProvider>;
}
