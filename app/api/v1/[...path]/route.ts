// * /api/v1/<unknown> – a JSON 404 instead of the HTML page, so clients see the envelope
import { AppError } from "@/lib/errors";
import { withPublic } from "@/lib/api/handler";

const notFound = withPublic(async ({ req }) => {
  throw new AppError("NOT_FOUND", `No endpoint ${req.method} ${new URL(req.url).pathname}; see /api/v1/openapi.json`);
});

export { notFound as GET, notFound as POST, notFound as PATCH, notFound as PUT, notFound as DELETE };
