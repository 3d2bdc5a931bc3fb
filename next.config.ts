import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: PGlite ships WebAssembly and data
  // files, argon2 a native addon, and rate-limiter-flexible imports drizzle lazily.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "rate-limiter-flexible", "drizzle-orm"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
