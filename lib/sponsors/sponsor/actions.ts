"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { AppError, fieldErrorsFromZod, FORM_ERROR } from "@/lib/platform/errors";
import { storeLogo } from "@/lib/sponsors/application/services";
import { getEditableSponsor, getUserEmail } from "./data";
import { updateSponsorInfo, type Logos } from "./mutations";
import { contactsFormsetSchema, contactsFromForm, sponsorUpdateSchema } from "./schema";

const file = (v: unknown) => (v instanceof File && v.size > 0 ? v : null);

/**
 * UpdateSponsorInfoView (§2.11, §5.8): SponsorUpdateForm and its contacts formset, for the sponsors
 * of the person's sponsorships (superusers any); anyone else gets not-found. Logos are optional
 * on update; one contact at least, and a primary one.
 */
export const updateSponsorInfoAction = defineAction({
  name: "sponsors.sponsor_info.update",
  gate: "signed-in",
  schema: z.object({ sponsorId: z.coerce.number().int().positive() }).loose(),
  rateLimit: { name: "sponsorship-apply", by: "user" },
  handler: async ({ input, principal, raw }) => {
    const sponsor = await getEditableSponsor(input.sponsorId, principal);
    if (!sponsor) throw new AppError("not_found", "Sponsor not found.");
    const info = sponsorUpdateSchema.safeParse(raw);
    const { rows, deleted } = contactsFromForm(raw);
    const fields: Record<string, string[]> = info.success ? {} : fieldErrorsFromZod(info.error);
    const contacts = contactsFormsetSchema.safeParse(rows.map(({ index: _i, ...r }) => r));
    if (!contacts.success)
      for (const issue of contacts.error.issues) {
        const [i, name] = issue.path as [number | undefined, string | undefined];
        const key = i === undefined || name === undefined ? FORM_ERROR : `contacts.${rows[i]!.index}.${name}`;
        (fields[key] ??= []).push(issue.message);
      }
    if (!info.success || !contacts.success)
      throw new AppError(
        "validation_failed",
        fields[FORM_ERROR]?.[0] ?? "Errors with contact(s) information",
        {
          fields,
        },
      );
    const logos: Logos = {};
    const web = file(raw.webLogo);
    const white = file(raw.whiteLogo);
    const print = file(raw.printLogo);
    if (web) logos.webLogo = await storeLogo(web, "sponsor_web_logos", "webLogo");
    if (white) logos.whiteLogo = await storeLogo(white, "sponsor_white_logos", "whiteLogo");
    if (print) logos.printLogo = await storeLogo(print, "sponsor_print_logos", "printLogo");
    await updateSponsorInfo(
      sponsor.id,
      { ...info.data, ...logos },
      { rows: contacts.data, deleted },
      { userId: principal.userId, email: await getUserEmail(principal.userId) },
    );
    return { done: "Sponsor info updated with success." };
  },
  audit: ({ input }) => ({
    action: "sponsors.sponsor.updated",
    targetType: "sponsor",
    targetId: input.sponsorId,
  }),
  revalidate: ({ input }) => [`/users/sponsorships/sponsor/${input.sponsorId}/`],
});
