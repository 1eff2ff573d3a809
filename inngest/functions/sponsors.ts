/**
 * Sponsorship management commands (reference §4.2) as crons staff can also run by hand from
 * /admin/runs/ (and, with another num_days, from /admin/sponsors/tools/). Both are idempotent:
 * reminders stamp each asset with the day, and a contract is only made where none exists.
 */
import { defineCron } from "@/inngest/define";
import { env } from "@/lib/platform/env";
import { sendAssetDueReminders } from "@/lib/sponsors/reminders/mutations";
import { createMissingContracts } from "@/lib/sponsors/sponsorship/approval/mutations";

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

/** The sponsors functions, listed by inngest/index.ts. */
export const sponsorsFunctions = [sponsorAssetRemindersCron, sponsorCreateContractsCron];
