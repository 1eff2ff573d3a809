import { z } from "zod";
import { defineOperation } from "@/lib/api/spec";

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

// apps/users/forms.py UserProfileForm: names and the three privacy settings.
export const profileSchema = z.object({
  firstName: z.string().trim().max(150, "Use at most 150 characters."),
  lastName: z.string().trim().max(150, "Use at most 150 characters."),
  searchVisibility: z.enum(["0", "1"], { error: "Choose who can find your profile." }).transform(Number),
  emailPrivacy: z
    .enum(["0", "1", "2"], { error: "Choose who can see your email address." })
    .transform(Number),
  publicProfile: z.boolean(),
});
export type ProfileInput = z.output<typeof profileSchema>;

export type ProfileFormState = {
  done?: boolean;
  error?: string;
  fields?: Record<string, string[]>;
  values?: Record<string, string>;
};

// Staff edit of a user's roles: the superuser flag only by a superuser (checked in the action).
export const userRolesSchema = z.object({
  userId: z.coerce.number().int().positive(),
  isStaff: z.boolean(),
  isSuperuser: z.boolean(),
  groupIds: z.array(z.coerce.number().int().positive()).max(100),
});
export type UserRolesInput = z.output<typeof userRolesSchema>;
