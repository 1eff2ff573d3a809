"use server";

import { defineAction, type FormState } from "@/lib/actions";
import { STORY_SUBMITTED_MESSAGE } from "./constants";
import { submitStory } from "./mutations";
import { storySubmissionFormSchema } from "./schema";

/** views.py StoryCreate: signed in, honeypot, rate limited per user; the story waits for the PSF staff. */
export const submitStoryAction = defineAction({
  name: "success-stories.submit",
  gate: "signed-in",
  signedOut: "Sign in to submit a success story.",
  honeypot: true,
  rateLimit: { name: "story-submit", by: "user", message: "You have submitted several stories already; try again later." },
  schema: storySubmissionFormSchema,
  handler: async ({ input: { input, image }, principal }) =>
    submitStory(
      input,
      image ? { bytes: new Uint8Array(await image.arrayBuffer()), fileName: image.name } : null,
      principal.userId,
    ),
  audit: (_ctx, row) => ({ action: "story.submitted", targetType: "story", targetId: row.id }),
  revalidate: () => ["/admin/success-stories/"],
  done: (): FormState => ({ done: STORY_SUBMITTED_MESSAGE }),
});
