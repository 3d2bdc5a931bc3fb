/** Outline icons for the sidebar, drawn inline so no icon package is needed. */
const PATHS = {
  overview: "M3 10.5 10 4l7 6.5M5 9v7h4v-4h2v4h4V9",
  projects: "M3 6a1 1 0 0 1 1-1h4l2 2h6a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6Z",
  members: "M7.5 9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM2.5 16c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5M13 4.2a2.5 2.5 0 0 1 0 4.6M14.5 11.7c1.8.5 3 1.9 3 4.3",
  keys: "M12.5 3.5a4 4 0 0 0-3.8 5.3L3.5 14v2.5H6V15h1.5v-1.5H9l1.2-1.2a4 4 0 1 0 2.3-8.8ZM13.5 6.5h.01",
  // A plug: other systems connected to this one.
  integrations: "M7.5 3v3.5M12.5 3v3.5M5.5 6.5h9V9a4.5 4.5 0 0 1-9 0V6.5ZM10 13.5V17",
  docs: "M5 3h7l3 3v11H5V3Zm7 0v3h3M7.5 10h5M7.5 13h5",
  // An arrow leaving a box: events sent out to other systems.
  webhooks: "M11 3h6v6M17 3l-8 8M14 11.5V16a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h4.5",
  // A receipt: usage, cost and budget.
  billing: "M5 2.5h10v15l-2-1.25-1.5 1.25-1.5-1.25-1.5 1.25L7 16.25 5 17.5v-15ZM7.5 6.5h5M7.5 9.5h5M7.5 12.5h3",
  // A waveform: recordings and conversations.
  records: "M3 10h1.5M6 7v6M9 4v12M12 7.5v5M15 6v8M17 10h.5",
  // An arrow into a tray: files to download.
  exports: "M10 3.5v9M6.5 9 10 12.5 13.5 9M4 13.5V16h12v-2.5",
  // A clipboard with a check: QA reviews.
  reviews: "M7.5 4H6a1.5 1.5 0 0 0-1.5 1.5v10A1.5 1.5 0 0 0 6 17h8a1.5 1.5 0 0 0 1.5-1.5v-10A1.5 1.5 0 0 0 14 4h-1.5M7.5 4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1h-5V4ZM7.5 11l2 2 3.5-4",
  // A bell: alert rules and the incidents they raise.
  alerts: "M6 8a4 4 0 1 1 8 0c0 3.5 1.5 5 2 5.5H4c.5-.5 2-2 2-5.5ZM8.5 16a1.5 1.5 0 0 0 3 0",
} as const;

export type NavIconName = keyof typeof PATHS;

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg viewBox="0 0 20 20" className="size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
