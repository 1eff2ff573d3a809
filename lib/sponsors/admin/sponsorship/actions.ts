"use server";

import { z } from "zod";
import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import {
  addSponsorBenefit,
  changeSponsorBenefit,
  removeSponsorBenefit,
} from "@/lib/sponsors/sponsorship/benefits/mutations";

const gate = adminGate(sponsorshipsSection.allowed);
const denied = "You may not manage sponsorships.";
const id = z.coerce.number().int().positive();
const page = (sponsorshipId: number) => ["/admin/sponsors/", `/admin/sponsors/${sponsorshipId}/`];

/** SponsorBenefitInline: add a benefit of the sponsorship's year. */
export const addSponsorBenefitAction = defineAction({
  name: "admin.sponsors.sponsor_benefit.add",
  gate,
  denied,
  schema: z.object({
    sponsorshipId: id,
    benefitId: z.coerce
      .number({ error: "This field is required." })
      .int()
      .positive("This field is required."),
  }),
  handler: async ({ input, principal, origin }): Promise<FormState> => {
    await addSponsorBenefit(input.sponsorshipId, input.benefitId, { actorId: principal.userId, origin });
    return { done: "Benefit added." };
  },
  revalidate: ({ input }) => page(input.sponsorshipId),
});

/** SponsorBenefitInline change: another template benefit (features regenerated) or the internal value. */
export const changeSponsorBenefitAction = defineAction({
  name: "admin.sponsors.sponsor_benefit.change",
  gate,
  denied,
  schema: z.object({
    sponsorshipId: id,
    id,
    benefitId: id,
    internalValue: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(0).nullable(),
    ),
  }),
  handler: async ({ input, principal, origin, values }): Promise<FormState> => {
    await changeSponsorBenefit(
      input.sponsorshipId,
      input.id,
      { benefitId: input.benefitId, internalValue: input.internalValue },
      { actorId: principal.userId, origin },
    );
    return { done: "Benefit saved.", values };
  },
  revalidate: ({ input }) => page(input.sponsorshipId),
});

export const removeSponsorBenefitAction = asFormAction(
  defineAction({
    name: "admin.sponsors.sponsor_benefit.remove",
    gate,
    schema: z.object({ sponsorshipId: id, id }),
    handler: ({ input, principal, origin }) =>
      removeSponsorBenefit(input.sponsorshipId, input.id, { actorId: principal.userId, origin }),
    revalidate: ({ input }) => page(input.sponsorshipId),
  }),
);
