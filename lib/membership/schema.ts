/** The membership forms (apps/users/forms.py MembershipForm, MembershipUpdateForm). */
import { z } from "zod";
import { checkbox, text } from "@/lib/platform/forms";
import { COC_REQUIRED } from "./constants";

const required = (max: number) =>
  text().pipe(z.string().min(1, "This field is required.").max(max, `Use at most ${max} characters.`));

const fields = {
  legalName: required(100),
  preferredName: required(100),
  emailAddress: text().pipe(
    z.union([z.literal(""), z.email("Enter a valid email address.").max(100, "Use at most 100 characters.")]),
  ),
  city: required(100),
  region: required(100),
  country: required(100),
  postalCode: required(20),
  psfAnnouncements: checkbox(),
  votes: checkbox(),
};

/** Update: the code of conduct answer given at creation is kept (the PSF's rule). */
export const membershipUpdateSchema = z.object(fields);

/** Create: the code of conduct select ("", Yes, No) must be Yes. */
export const membershipCreateSchema = z.object({
  ...fields,
  psfCodeOfConduct: z
    .preprocess((v) => (typeof v === "string" ? v : ""), z.string())
    .pipe(z.literal("yes", COC_REQUIRED).transform(() => true)),
});

export type MembershipUpdateInput = z.output<typeof membershipUpdateSchema>;
export type MembershipCreateInput = z.output<typeof membershipCreateSchema>;

export const membershipDeleteSchema = z.object({ username: text() });
