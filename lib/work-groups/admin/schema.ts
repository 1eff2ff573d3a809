/**
 * The work group form: FormData preprocessed, then checked field by field by the domain's schema.
 * Organizers and members are typed as usernames; the action turns them into user ids (or field
 * errors naming the unknown ones).
 */
import { z } from "zod";
import { checkbox, optionalInt, text } from "@/lib/platform/forms";
import { markupTypeSchema, workGroupInputSchema } from "@/lib/work-groups/schema";
import { parseUsernames } from "@/lib/work-groups/utils";

const field = workGroupInputSchema.shape;
const usernames = (message: string) =>
  text().transform(parseUsernames).pipe(z.array(z.string()).min(1, message));
const markupType = () => text().pipe(markupTypeSchema);

export const workGroupFormSchema = z
  .object({
    id: optionalInt(),
    name: text().pipe(field.name),
    slug: text().pipe(field.slug),
    active: checkbox(),
    approved: checkbox(),
    shortDescription: text().pipe(field.shortDescription),
    url: text().pipe(field.url),
    purpose: text().pipe(field.purpose),
    purposeMarkupType: markupType(),
    activeTime: text().pipe(field.activeTime),
    activeTimeMarkupType: markupType(),
    coreValues: text().pipe(field.coreValues),
    coreValuesMarkupType: markupType(),
    rules: text().pipe(field.rules),
    rulesMarkupType: markupType(),
    communication: text().pipe(field.communication),
    communicationMarkupType: markupType(),
    support: text().pipe(field.support),
    supportMarkupType: markupType(),
    organizers: usernames("Name at least one organizer."),
    members: usernames("Name at least one member."),
  })
  .transform(({ id, organizers, members, ...input }) => ({ id, input, people: { organizers, members } }));

export type WorkGroupForm = z.output<typeof workGroupFormSchema>;

export const workGroupRefSchema = z.object({ id: z.coerce.number().int().positive() });
