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

/** Django's username rule (ASCIIUsernameValidator): letters, digits and @/./+/-/_ only, at most 150. */
export const usernameField = z
  .string()
  .trim()
  .min(1, "Choose a username.")
  .max(150, "Use at most 150 characters.")
  .regex(/^[\w.@+-]+$/, "Use only letters, digits and @ . + - _");

/** python.org's message when another account has the username, whatever its case. */
export const USERNAME_TAKEN = "A user with that username already exists.";

// apps/users/forms.py UserProfileForm: username, names, bio (Markdown) and the three privacy settings.
export const profileSchema = z.object({
  username: z.preprocess((v) => v ?? "", usernameField),
  bio: text().pipe(z.string().max(5000, "Use at most 5000 characters.")),
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
