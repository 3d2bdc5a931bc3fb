import { NextResponse, type NextRequest } from "next/server";
import { requestIdFor } from "./lib/api/request-id";

/**
 * Gives every /api/v1 response an X-Request-Id, including the ones Next.js
 * answers itself (405 for a method a route does not export). The id is passed
 * on to the route, whose wrapper echoes it and puts it in error bodies and logs.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFor(request);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("X-Request-Id", requestId);
  return response;
}

export const config = { matcher: "/api/v1/:path*" };
