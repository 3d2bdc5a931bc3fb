import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Callscope", template: "%s · Callscope" },
  description: "Self-hosted call analytics and QA",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
