// PSF membership: the yearly vote-affirmation reminder (lib/membership/mutations.ts), each morning.
import { defineCron } from "@/inngest/define";
import { sendVoteAffirmationReminders } from "@/lib/membership/mutations";
import { env } from "@/lib/platform/env";

export const voteAffirmationReminderJob = defineCron(
  { id: "membership-vote-affirmation-reminder", cron: "0 9 * * *" },
  async ({ step }) => step.run("remind", () => sendVoteAffirmationReminders(env.SITE_URL)),
);

/** The membership functions, listed by inngest/index.ts. */
export const membershipFunctions = [voteAffirmationReminderJob];
