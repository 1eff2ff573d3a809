/**
 * Every background function: served at /api/inngest and run in-process by
 * lib/platform/jobs/runner.ts. Each inngest/functions/<domain>.ts exports one array; a domain
 * with functions adds one line here.
 */
import type { JobDefinition } from "./define";
import { blogsFunctions } from "./functions/blogs";
import { boxesFunctions } from "./functions/boxes";
import { downloadsFunctions } from "./functions/downloads";
import { eventsFunctions } from "./functions/events";
import { jobsFunctions } from "./functions/jobs";
import { mailingFunctions } from "./functions/mailing";
import { membershipFunctions } from "./functions/membership";
import { platformFunctions } from "./functions/platform";
import { searchFunctions } from "./functions/search";
import { sponsorsFunctions } from "./functions/sponsors";

export const jobs: JobDefinition[] = [
  ...searchFunctions,
  ...mailingFunctions,
  ...platformFunctions,
  ...downloadsFunctions,
  ...boxesFunctions,
  ...eventsFunctions,
  ...blogsFunctions,
  ...jobsFunctions,
  ...membershipFunctions,
  ...sponsorsFunctions,
];

export const functions = jobs.map((j) => j.fn);
