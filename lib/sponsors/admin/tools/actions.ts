"use server";

import { emit } from "@/inngest/client";
import { defineAction } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { env } from "@/lib/platform/env";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import { sendAssetDueReminders } from "@/lib/sponsors/reminders/mutations";
import { createMissingContracts } from "@/lib/sponsors/sponsorship/approval/mutations";
import { resetSponsorshipBenefits } from "@/lib/sponsors/sponsorship/reset/mutations";
import { pyconApiFromEnv } from "@/lib/sponsors/vouchers/services";
import { AppError } from "@/lib/platform/errors";
import {
  createContractsFormSchema,
  remindersFormSchema,
  resetFormSchema,
  vouchersFormSchema,
} from "./schema";

/** The §4.2 sponsor commands staff run by hand; each authorizes here like every sponsorship action. */
const gate = adminGate(sponsorshipsSection.allowed);
const denied = "You may not manage sponsorships.";

export const assetRemindersAction = defineAction({
  name: "admin.sponsors.asset_reminders",
  gate,
  denied,
  schema: remindersFormSchema,
  handler: async ({ input }) => {
    const r = await sendAssetDueReminders(env.SITE_URL, input.numDays);
    return {
      done: `${r.due} sponsorships have assets due in ${input.numDays} days; ${r.sent} reminded now (the others already were today).`,
    };
  },
  revalidate: () => ["/admin/mail/"],
});

export const createContractsAction = defineAction({
  name: "admin.sponsors.create_contracts",
  gate,
  denied,
  schema: createContractsFormSchema,
  handler: async () => ({ done: `Created ${await createMissingContracts()} draft contracts.` }),
  revalidate: () => ["/admin/sponsors/"],
});

export const resetBenefitsAction = defineAction({
  name: "admin.sponsors.reset_benefits",
  gate,
  denied,
  schema: resetFormSchema,
  handler: async ({ input, principal }) => {
    const reports = await resetSponsorshipBenefits(input.ids, input, principal.userId);
    return {
      done: reports
        .map((r) => `Sponsorship ${r.id}${r.sponsor ? ` (${r.sponsor})` : ""}: ${r.lines.join("; ")}`)
        .join("\n"),
    };
  },
  revalidate: ({ input }) => ["/admin/sponsors/", ...input.ids.map((id) => `/admin/sponsors/${id}/`)],
});

/**
 * create_pycon_vouchers_for_sponsors <year>: the job (inngest/functions/sponsors.ts) calls the
 * PyCon API in the background, listed with its result at /admin/runs/.
 */
export const pyconVouchersAction = defineAction({
  name: "admin.sponsors.pycon_vouchers",
  gate,
  denied,
  schema: vouchersFormSchema,
  handler: async ({ input, principal }) => {
    if (!pyconApiFromEnv())
      throw new AppError(
        "conflict",
        "The PyCon API is not configured (PYCON_API_HOST, PYCON_API_KEY, PYCON_API_SECRET).",
      );
    await emit("sponsors/vouchers.requested", { year: input.year, requestedBy: principal.userId });
    return {
      done: `Vouchers for ${input.year} requested: the job runs in the background (see /admin/runs/, sponsors-create-pycon-vouchers).`,
    };
  },
  revalidate: () => ["/admin/sponsors/", "/admin/runs/"],
});
