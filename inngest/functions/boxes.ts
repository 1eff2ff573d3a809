// Boxes: the code-generated boxes (lib/site/boxes) written again when their sources change, on
// request, and once a day to repair any drift (a missed event, a box deleted in the admin).
import { defineCron, defineJob } from "@/inngest/define";
import { regenerateAllBoxes, regenerateDownloadBoxes } from "@/lib/site/boxes/regenerate";

/** apps/downloads/models.py: a saved release regenerates the three download boxes. */
export const regenerateDownloadBoxesJob = defineJob(
  { id: "boxes-regenerate-downloads", event: "downloads/release.published", retries: 3 },
  async ({ step }) => step.run("download-boxes", () => regenerateDownloadBoxes()),
);

/** Another domain (news import, a featured story) or staff asked for every generated box. */
export const regenerateRequestedBoxesJob = defineJob(
  { id: "boxes-regenerate-requested", event: "boxes/regenerate.requested", retries: 3 },
  async ({ step }) => step.run("all-boxes", () => regenerateAllBoxes()),
);

/** Daily repair; unchanged boxes are not rewritten, so this purges nothing on a quiet day. */
export const repairGeneratedBoxesJob = defineCron(
  { id: "boxes-repair-generated", cron: "17 4 * * *" },
  async ({ step }) => step.run("all-boxes", () => regenerateAllBoxes()),
);

/** The boxes functions, listed by inngest/index.ts. */
export const boxesFunctions = [
  regenerateDownloadBoxesJob,
  regenerateRequestedBoxesJob,
  repairGeneratedBoxesJob,
];
