// GET|POST /api/auth/* – next-auth's sign-in, sign-out and session endpoints for the dashboard
import { handlers } from "@/lib/auth/next-auth";

export const { GET, POST } = handlers;
