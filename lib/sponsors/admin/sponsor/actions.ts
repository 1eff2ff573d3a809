"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { AppError } from "@/lib/platform/errors";
import { storeLogo } from "@/lib/sponsors/application/services";
import {
  createSponsor,
  deleteContact,
  deleteSponsor,
  saveContact,
  updateSponsor,
  type Logos,
} from "@/lib/sponsors/sponsor/mutations";
import type { FormValues } from "@/lib/platform/forms";
import { sponsorRecordsSection } from "./constants";
import { contactFormSchema, contactRefSchema, sponsorFormSchema, sponsorRefSchema } from "./schema";

const gate = adminGate(sponsorRecordsSection.allowed);
const denied = "You may not manage sponsorships.";
const href = sponsorRecordsSection.href;

const file = (v: FormValues[string] | undefined) => (v instanceof File && v.size > 0 ? v : null);

/** The uploaded logos (each optional; the web logo is required for a new sponsor, as Sponsor.web_logo). */
async function storeLogos(raw: FormValues): Promise<Logos> {
  const out: Logos = {};
  const web = file(raw.webLogo);
  const white = file(raw.whiteLogo);
  const print = file(raw.printLogo);
  if (web) out.webLogo = await storeLogo(web, "sponsor_web_logos", "webLogo");
  if (white) out.whiteLogo = await storeLogo(white, "sponsor_white_logos", "whiteLogo");
  if (print) out.printLogo = await storeLogo(print, "sponsor_print_logos", "printLogo");
  return out;
}

export const saveSponsorAction = defineAction({
  name: "admin.sponsors.sponsor",
  gate,
  denied,
  schema: sponsorFormSchema,
  handler: async ({ input: { id, input }, raw, principal }) => {
    if (!id && !file(raw.webLogo))
      throw new AppError("validation_failed", "Check the fields below.", {
        fields: { webLogo: ["This field is required."] },
      });
    const logos = await storeLogos(raw);
    return id
      ? updateSponsor(id, { ...input, ...logos }, principal.userId)
      : createSponsor({ ...input, ...logos, webLogo: logos.webLogo! }, principal.userId);
  },
  audit: ({ input }, row) => ({
    action: `sponsors.sponsor.${input.id ? "updated" : "created"}`,
    targetType: "sponsor",
    targetId: row.id,
  }),
  revalidate: ({ input }) => [href, ...(input.id ? [`${href}${input.id}/`] : [])],
  done: (row, { input, values }): FormState =>
    input.id ? { done: "Saved.", values } : { done: "Sponsor added.", redirectTo: `${href}${row.id}/` },
});

export const deleteSponsorAction = asFormAction(
  defineAction({
    name: "admin.sponsors.sponsor.delete",
    gate,
    schema: sponsorRefSchema,
    handler: ({ input }) => deleteSponsor(input.id),
    audit: ({ input }) => ({ action: "sponsors.sponsor.deleted", targetType: "sponsor", targetId: input.id }),
    revalidate: () => [href],
  }),
);

/** SponsorContactInline: add or change one contact. */
export const saveContactAction = defineAction({
  name: "admin.sponsors.contact",
  gate,
  denied,
  schema: contactFormSchema,
  handler: ({ input: { sponsorId, id, input } }) => saveContact(sponsorId, id, input),
  audit: ({ input }, row) => ({
    action: `sponsors.contact.${input.id ? "updated" : "created"}`,
    targetType: "sponsorcontact",
    targetId: row.id,
    detail: { sponsorId: input.sponsorId },
  }),
  revalidate: ({ input }) => [`${href}${input.sponsorId}/`],
  done: (_row, { input, values }): FormState =>
    input.id ? { done: "Contact saved.", values } : { done: "Contact added." },
});

export const deleteContactAction = asFormAction(
  defineAction({
    name: "admin.sponsors.contact.delete",
    gate,
    schema: contactRefSchema,
    handler: ({ input }) => deleteContact(input.sponsorId, input.id),
    audit: ({ input }) => ({
      action: "sponsors.contact.deleted",
      targetType: "sponsorcontact",
      targetId: input.id,
      detail: { sponsorId: input.sponsorId },
    }),
    revalidate: ({ input }) => [`${href}${input.sponsorId}/`],
  }),
);
