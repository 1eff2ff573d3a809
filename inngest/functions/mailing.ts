// Mail (lib/platform/mail.ts): failed deliveries are retried until they reach their attempt limit.
import { defineCron } from "@/inngest/define";
import { retryFailedMail } from "@/lib/platform/mail";

export const retryFailedMailJob = defineCron(
  { id: "mailing-retry-failed", cron: "*/15 * * * *" },
  async ({ step }) => step.run("retry", () => retryFailedMail({})),
);

/** The mailing functions, listed by inngest/index.ts. */
export const mailingFunctions = [retryFailedMailJob];
