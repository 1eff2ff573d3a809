import { json, route, withApi } from "@/lib/api";
import { nominationOperations, statementPreviewResponseSchema } from "@/lib/nominations/api/schema";
import { renderStatement } from "@/lib/nominations/mutations";

// POST /nominations/statement-preview/ — signed in; the same renderer a save uses.
const POST_ = withApi(nominationOperations.statementPreview, async ({ body }) =>
  json(statementPreviewResponseSchema, { html: renderStatement(body.text) }),
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({ POST: POST_ });
