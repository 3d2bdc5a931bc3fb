import { SELECTED_ORG_HEADER } from "./org-context";

type Route<P> = { params: Promise<P> };

/**
 * For endpoints that name the organization in the path (`/billing/summary/:orgId`):
 * without an X-Selected-Org-ID header, the path picks the organization, so a
 * member of several need not say it twice. Membership is still checked by
 * the wrapped handler (withOrg); a key names only its own organization, and a
 * header that disagrees with the path is answered 404 by the service.
 */
export function orgFromPath<P extends { orgId: string }>(handler: (req: Request, route: Route<P>) => Promise<Response>) {
  return async (req: Request, route: Route<P>): Promise<Response> => {
    const { orgId } = await route.params;
    if (req.headers.has(SELECTED_ORG_HEADER) || !orgId) return handler(req, route);
    const headers = new Headers(req.headers);
    headers.set(SELECTED_ORG_HEADER, orgId);
    return handler(new Request(req, { headers }), route);
  };
}
