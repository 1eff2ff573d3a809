/**
 * The two application forms (apps/sponsors/forms.py): step 1's package and benefit picks, kept in
 * the `sponsorship_selected_benefits` cookie, and step 2's sponsor and contacts.
 */
import { z } from "zod";
import { checkbox, text } from "@/lib/platform/forms";
import type { FormValues } from "@/lib/platform/forms";
import { APPLICATION_MESSAGES } from "@/lib/sponsors/constants";

const ids = z.array(z.number().int().positive()).max(200);

/** What the cookie holds: the package and the picks of each field, as step 1 posted them. */
export const selectionSchema = z.object({
  packageId: z.number().int().positive().nullable(),
  benefits: ids,
  aLaCarte: ids,
  standalone: ids,
});
export type SelectionInput = z.infer<typeof selectionSchema>;

const toIds = (v: unknown) =>
  (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v])
    .map((x) => Number(x))
    .filter((n) => Number.isInteger(n) && n > 0);

/** Step 1's FormData (package radio, one `benefits_<program>` group per program, à la carte, standalone) → a selection. */
export function selectionFromForm(raw: FormValues): SelectionInput {
  const pkg = Number(raw.package);
  return {
    packageId: Number.isInteger(pkg) && pkg > 0 ? pkg : null,
    benefits: Object.keys(raw)
      .filter((k) => k.startsWith("benefits_"))
      .flatMap((k) => toIds(raw[k])),
    aLaCarte: toIds(raw.a_la_carte_benefits),
    standalone: toIds(raw.standalone_benefits),
  };
}

const required = () => text().pipe(z.string().min(1, "This field is required."));
const max = (n: number) => text().pipe(z.string().max(n, `Ensure this value has at most ${n} characters.`));
const url = () =>
  text().pipe(
    z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter a valid URL." }).max(200)]),
  );

export const contactSchema = z.object({
  name: required().pipe(z.string().max(100)),
  email: required().pipe(z.email("Enter a valid email address.").max(256)),
  phone: required().pipe(z.string().max(32)),
  primary: checkbox(),
  administrative: checkbox(),
  accounting: checkbox(),
});
export type ContactInput = z.infer<typeof contactSchema>;

/** SponsorshipApplicationForm's new-sponsor fields (the logos are files, checked apart). */
export const newSponsorSchema = z.object({
  name: required().pipe(z.string().max(100)),
  description: text(),
  landingPageUrl: url(),
  twitterHandle: max(32),
  linkedInPageUrl: url(),
  primaryPhone: required().pipe(z.string().max(32)),
  mailingAddressLine1: required().pipe(z.string().max(128)),
  mailingAddressLine2: max(128),
  city: required().pipe(z.string().max(64)),
  state: max(64),
  postalCode: required().pipe(z.string().max(64)),
  country: required().pipe(z.string().regex(/^[A-Z]{2}$/, "Select a valid choice.")),
  stateOfIncorporation: max(64),
  countryOfIncorporation: text().pipe(
    z.union([z.literal(""), z.string().regex(/^[A-Z]{2}$/, "Select a valid choice.")]),
  ),
});
export type NewSponsorInput = z.infer<typeof newSponsorSchema>;

/** Step 2: an existing sponsor of the user's, or a new one; 1–5 contacts, at least one primary. */
export const applicationSchema = z
  .object({
    sponsorId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : Number(v)),
      z.number().int().positive().nullable(),
    ),
    sponsor: z.record(z.string(), z.unknown()),
    contacts: z
      .array(contactSchema)
      .min(1, "Please submit at least 1 form.")
      .max(5, "Please submit at most 5 forms."),
  })
  .superRefine((v, ctx) => {
    if (!v.contacts.some((c) => c.primary))
      ctx.addIssue({ code: "custom", path: [""], message: APPLICATION_MESSAGES.primaryContact });
  });
export type ApplicationInput = z.infer<typeof applicationSchema>;

const CONTACT_FIELDS = ["name", "email", "phone", "primary", "administrative", "accounting"] as const;

/** Django's formset names (`contact-0-name`, `contact-TOTAL_FORMS`) → the shape applicationSchema reads. */
export function applicationFromForm(raw: FormValues) {
  const total = Math.min(Math.max(Number(raw["contact-TOTAL_FORMS"]) || 1, 0), 10);
  const contacts = [];
  for (let i = 0; i < total; i++) {
    const c = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, raw[`contact-${i}-${f}`]]));
    if (CONTACT_FIELDS.every((f) => !c[f]) && i > 0) continue; // an untouched extra form
    contacts.push(c);
  }
  const sponsor = Object.fromEntries(
    Object.entries(raw).filter(([k]) => !k.startsWith("contact-") && k !== "sponsorId"),
  );
  return { sponsorId: raw.sponsorId, sponsor, contacts };
}
