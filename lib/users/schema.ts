import { z } from "zod";
import { checkbox, many, text } from "@/lib/platform/forms";

export const createApiKeySchema = z.object({
  name: text().pipe(
    z
      .string()
      .min(1, "Give the key a name, e.g. the tool that will use it.")
      .max(100, "Use at most 100 characters."),
  ),
  kind: z.enum(["v2_token", "v1_apikey"], { error: "Choose a key type." }),
});
export const revokeApiKeySchema = z.object({ id: z.coerce.number().int().positive() });

// apps/users/forms.py UserProfileForm: names and the three privacy settings.
export const profileSchema = z.object({
  firstName: text().pipe(z.string().max(150, "Use at most 150 characters.")),
  lastName: text().pipe(z.string().max(150, "Use at most 150 characters.")),
  searchVisibility: z.enum(["0", "1"], { error: "Choose who can find your profile." }).transform(Number),
  emailPrivacy: z
    .enum(["0", "1", "2"], { error: "Choose who can see your email address." })
    .transform(Number),
  publicProfile: checkbox(),
});
export type ProfileInput = z.output<typeof profileSchema>;

// Staff edit of a user's roles: the superuser flag only by a superuser (checked in the action).
export const userRolesSchema = z.object({
  userId: z.coerce.number().int().positive(),
  isStaff: checkbox(),
  isSuperuser: checkbox(),
  groupIds: many(z.coerce.number().int().positive()).pipe(z.array(z.number()).max(100)),
});
export type UserRolesInput = z.output<typeof userRolesSchema>;
