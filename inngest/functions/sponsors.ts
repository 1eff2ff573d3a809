/**
 * Sponsorship management commands (reference §4.2) as crons staff can also run by hand from
 * /admin/runs/ (and, with another num_days, from /admin/sponsors/tools/), and the PyCon vouchers
 * as a job started from /admin/sponsors/tools/ or `npm run job`. All are idempotent: reminders
 * stamp each asset with the day, a contract is only made where none exists, and a voucher already
 * stored is not asked of the PyCon API again.
 */
import { NonRetriableError } from "inngest";
import { defineCron, defineJob } from "@/inngest/define";
import { env } from "@/lib/platform/env";
import { sponsorsEvents } from "@/lib/sponsors/events";
import { sendAssetDueReminders } from "@/lib/sponsors/reminders/mutations";
import { createMissingContracts } from "@/lib/sponsors/sponsorship/approval/mutations";
import { runPyconVouchers } from "@/lib/sponsors/vouchers/mutations";
import { pyconApiFromEnv } from "@/lib/sponsors/vouchers/services";

/** check_sponsorship_assets_due_date 7 --no-input, each morning. */
export const sponsorAssetRemindersCron = defineCron(
  { id: "sponsors-check-assets-due-date", cron: "0 10 * * *" },
  async ({ step }) => step.run("remind", () => sendAssetDueReminders(env.SITE_URL, 7)),
);

/** create_contracts: a draft for every approved sponsorship without a contract. */
export const sponsorCreateContractsCron = defineCron(
  { id: "sponsors-create-contracts", cron: "30 10 * * *" },
  async ({ step }) => step.run("create", async () => ({ created: await createMissingContracts() })),
);

/**
 * create_pycon_vouchers_for_sponsors <year>: `npm run job -- sponsors-create-pycon-vouchers
 * '{"year":2026}'` (no year: the current sponsorship year). One retry: a run that stopped half-way
 * asks only for the vouchers it had not stored yet.
 */
export const sponsorPyconVouchersJob = defineJob(
  { id: "sponsors-create-pycon-vouchers", event: "sponsors/vouchers.requested", retries: 1 },
  async ({ event, step }) => {
    const api = pyconApiFromEnv();
    if (!api)
      throw new NonRetriableError(
        "The PyCon API is not configured (PYCON_API_HOST, PYCON_API_KEY, PYCON_API_SECRET).",
      );
    // `npm run job` hands its JSON as it is: checked like an emitted event, and not retried.
    const data = sponsorsEvents.sponsorsVouchersRequested.schema.safeParse(event.data);
    if (!data.success) throw new NonRetriableError(`Bad payload: ${data.error.message}`);
    return step.run("vouchers", () => runPyconVouchers(data.data, api));
  },
);

/** The sponsors functions, listed by inngest/index.ts. */
export const sponsorsFunctions = [
  sponsorAssetRemindersCron,
  sponsorCreateContractsCron,
  sponsorPyconVouchersJob,
];
