import type { Metadata } from "next";
import { StoryForm } from "@/components/success-stories/story-form";
import { loadSignedInUser } from "@/lib/users/accounts/loaders";
import { STORY_CREATE_PATH } from "@/lib/success-stories/constants";
import { loadStoryCategories } from "@/lib/success-stories/loaders";

export const metadata: Metadata = { title: "Submit a Success Story", robots: { index: false } };

/** StoryCreate: signed-in visitors only (others are sent to sign in and brought back). */
export default async function CreateStoryPage() {
  await loadSignedInUser(STORY_CREATE_PATH);
  const categories = await loadStoryCategories();
  return (
    <section aria-labelledby="create-title" className="space-y-4">
      <h1 id="create-title" className="text-3xl font-bold">
        Submit a success story
      </h1>
      <p className="max-w-2xl">
        Tell the Python community how Python helped you or your organisation. The PSF staff review every
        submission before it is published.
      </p>
      <StoryForm categories={categories} />
    </section>
  );
}
