import { z } from "zod";
import { defineOperation } from "@/lib/api-spec";

export const meResponseSchema = z
  .object({ username: z.string(), is_staff: z.boolean(), is_superuser: z.boolean() })
  .meta({ id: "CurrentUser" });

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
};

export const createApiKeySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the key a name, e.g. the tool that will use it.")
    .max(100, "Use at most 100 characters."),
  kind: z.enum(["v2_token", "v1_apikey"], { error: "Choose a key type." }),
});
export const revokeApiKeySchema = z.object({ id: z.coerce.number().int().positive() });

export type ApiKeyFormState = {
  key?: string;
  kind?: string;
  name?: string;
  error?: string;
  fields?: Record<string, string[]>;
};
