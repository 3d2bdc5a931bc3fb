const STYLES: Record<string, string> = {
  get: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  post: "bg-blue-50 text-blue-700 ring-blue-600/20",
  put: "bg-violet-50 text-violet-700 ring-violet-600/20",
  patch: "bg-amber-50 text-amber-800 ring-amber-600/20",
  delete: "bg-rose-50 text-rose-700 ring-rose-600/20",
};

export function MethodBadge({ method, size = "md" }: { method: string; size?: "sm" | "md" }) {
  const sizing = size === "sm" ? "w-14 text-[10px] py-0.5" : "w-16 text-xs py-1";
  return (
    <span
      className={`inline-flex shrink-0 justify-center rounded-md font-mono font-semibold uppercase ring-1 ring-inset ${sizing} ${
        STYLES[method] ?? "bg-slate-100 text-slate-700 ring-slate-500/20"
      }`}
    >
      {method}
    </span>
  );
}
