/**
 * A work group as the domain takes it (apps/work_groups/models.py WorkGroup, a NameSlugModel):
 * name and slug (empty: made from the name), flags, a short description, the main URL, six
 * markup fields each with its markup type, and the organizers and members as user ids.
 * Django's model leaves only `support` blank=True, and both user lists are required M2Ms.
 */
import { z } from "zod";

export const markupTypeSchema = z.enum(["restructuredtext", "markdown", "html", "plain"], {
  error: "Choose a markup type.",
});

const markup = (required: string | null) =>
  required
    ? z.string().trim().min(1, required).max(100_000, "Use at most 100000 characters.")
    : z.string().trim().max(100_000, "Use at most 100000 characters.");

const userIds = (message: string) => z.array(z.number().int().positive()).min(1, message);

export const workGroupInputSchema = z.object({
  name: z.string().trim().min(1, "Give the work group a name.").max(200, "Use at most 200 characters."),
  // Django's SlugField: letters, digits, underscores and hyphens.
  slug: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .regex(/^[-\w]*$/, "Use only letters, digits, underscores and hyphens."),
  active: z.boolean(),
  approved: z.boolean(),
  shortDescription: z.string().trim().max(10_000, "Use at most 10000 characters."),
  url: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .regex(/^(https?:\/\/\S+)?$/, "Enter an http(s) URL."),
  purpose: markup("State the group's mission."),
  purposeMarkupType: markupTypeSchema,
  activeTime: markup("Say how long the group will exist."),
  activeTimeMarkupType: markupTypeSchema,
  coreValues: markup("List the group's core values."),
  coreValuesMarkupType: markupTypeSchema,
  rules: markup("Explain how the group decides."),
  rulesMarkupType: markupTypeSchema,
  communication: markup("Say how the group communicates."),
  communicationMarkupType: markupTypeSchema,
  support: markup(null),
  supportMarkupType: markupTypeSchema,
  organizerIds: userIds("Name at least one organizer."),
  memberIds: userIds("Name at least one member."),
});

export type WorkGroupInput = z.output<typeof workGroupInputSchema>;
