/**
 * Cache tags of the success stories (apps/successstories). A story that shows a linked company
 * is also tagged with that company's tag, the companies domain's `company:<id>`
 * (lib/companies/constants.ts companiesTags.company; lib/site/cache-tags.test.ts checks they
 * agree), so changing a company revalidates the stories that show it.
 */
export const successStoriesTags = {
  successStories: "success-stories",
  company: (companyId: number) => `company:${companyId}`,
} as const;

/** The company tags of the stories a page shows (none for stories without a company). */
export const storyCompanyTags = (stories: readonly { companyId: number | null }[]) => [
  ...new Set(stories.flatMap((s) => (s.companyId ? [successStoriesTags.company(s.companyId)] : []))),
];

export const STORIES_PATH = "/success-stories/";
export const storyPath = (slug: string) => `${STORIES_PATH}${slug}/`;
export const categoryPath = (slug: string) => `${STORIES_PATH}category/${slug}/`;
export const STORY_CREATE_PATH = `${STORIES_PATH}create/`;

/** apps/successstories/managers.py StoryQuerySet.latest(): the first 4 published stories. */
export const LATEST_STORIES = 4;

/** apps/successstories/models.py: new submissions are mailed to the PSF staff. */
export const STORY_STAFF_EMAIL = "psf-staff@python.org";

/** views.py StoryCreate success message (python.org's words). */
export const STORY_SUBMITTED_MESSAGE =
  "Your success story submission has been recorded. It will be reviewed by the PSF staff and published.";

export const UNIQUE_NAME_MESSAGE = "Please use a unique name.";
export const NUL_MESSAGE = "Null characters are not allowed.";

export const STORY_MARKUP_TYPES = ["markdown", "restructuredtext", "html"] as const;
export const STORY_MARKUP_LABELS: Record<(typeof STORY_MARKUP_TYPES)[number], string> = {
  markdown: "Markdown",
  restructuredtext: "reStructuredText",
  html: "HTML",
};

/** AC-FILE-1: story images are at most 5 MB and one of these types (by their bytes). */
export const STORY_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const STORY_IMAGE_TYPES: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};
export const STORY_IMAGE_PREFIX = "successstories";
