/** The users domain's own API: /api/me (the header asks it on every page view). */
import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";

export const meResponseSchema = z
  .object({
    username: z.string(),
    is_staff: z.boolean(),
    is_superuser: z.boolean(),
    /** The permissions granted directly or by a group (e.g. pages.edit): what the page offers to edit. */
    permissions: z.array(z.string()),
  })
  .meta({ id: "CurrentUser" });

/** What the site's own pages ask: the visitor, or null, so a signed-out page view logs no 401. */
export const sessionResponseSchema = z
  .object({ user: meResponseSchema.nullable() })
  .meta({ id: "SessionVisitor" });

export const userOperations = {
  me: defineOperation({
    method: "GET",
    path: "/api/me",
    summary: "The signed-in user (401 when not signed in, or when the session was revoked)",
    tags: ["accounts"],
    auth: ["session"],
    role: "signed-in",
    rateLimit: { anon: "api-session" },
    responses: { 200: { description: "The current user", schema: meResponseSchema } },
  }),
  session: defineOperation({
    method: "GET",
    path: "/api/session",
    summary: "Who is looking: the signed-in user, or null (the site's pages ask this, never 401)",
    tags: ["accounts"],
    auth: ["session"],
    rateLimit: { anon: "api-session" },
    responses: { 200: { description: "The visitor", schema: sessionResponseSchema } },
  }),
};
