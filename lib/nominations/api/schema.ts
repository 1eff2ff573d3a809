/** POST /nominations/statement-preview/ (NominationStatementPreview): the statement as a save renders it. */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";

export const statementPreviewBodySchema = z.object({ text: z.string().max(20_000).default("") }).meta({
  id: "StatementPreviewRequest",
});
export const statementPreviewResponseSchema = z.object({ html: z.string() }).meta({ id: "StatementPreview" });

export const nominationOperations = {
  statementPreview: defineOperation({
    method: "POST",
    path: "/nominations/statement-preview/",
    summary: "Render a nomination statement (Markdown, raw HTML escaped) exactly as saving would store it",
    tags: ["nominations"],
    auth: ["session"],
    role: "signed-in",
    rateLimit: { anon: "api-write", user: "api-write" },
    body: statementPreviewBodySchema,
    responses: { 200: { description: "The rendered HTML", schema: statementPreviewResponseSchema } },
  }),
};
