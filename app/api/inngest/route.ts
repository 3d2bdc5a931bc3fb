// GET|POST|PUT /api/inngest – Inngest's serve endpoint (used only when Inngest runs the jobs)
import { serve } from "inngest/next";
import { inngestClient } from "@/inngest/client";
import { allJobs } from "@/inngest/functions";
import { toInngestFunction } from "@/inngest/to-inngest-function";

const client = inngestClient();

export const { GET, POST, PUT } = serve({
  client,
  functions: allJobs.map((job) => toInngestFunction(client, job)),
});
