import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: PGlite ships WebAssembly and data
  // files, argon2 a native addon, rate-limiter-flexible imports drizzle lazily,
  // the wink model is a 3 MB JSON that Node should read once, not a bundle, and
  // pdfkit loads its font metrics through package subpath imports.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "postgres",
    "rate-limiter-flexible",
    "drizzle-orm",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "pdfkit",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
