/**
 * Success story writes: a visitor's submission (a draft, mailed to the PSF staff) and the
 * admin's edits and moderation. Content is rendered and sanitized on write; an image is checked
 * by its bytes and stored through lib/platform/storage before a row points at it. A change to
 * what the public sees revalidates the stories' tag, and a change to a published, featured
 * story asks for the supernav box to be generated again (models.py post_save signals).
 */
import "server-only";
import { emit } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { AppError, fromPrismaError } from "@/lib/platform/errors";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { renderMarkup } from "@/lib/platform/markup";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { sniffContentType, storage } from "@/lib/platform/storage";
import { slugify } from "@/lib/platform/text";
import { STORIES_PATH, STORY_STAFF_EMAIL, storyPath, successStoriesTags, UNIQUE_NAME_MESSAGE } from "./constants";
import type { StoryAdminInput, StoryImage, StoryInput } from "./schema";
import { checkStoryImage, publishedText, storyImageKey, submissionSubject, submissionText } from "./utils";

const invalid = (fields: Record<string, string[]>) =>
  new AppError("validation_failed", "The story is not valid.", { fields });

/** forms.py clean_name: the name, and the slug made from it, must both be unused. */
async function assertUniqueName(name: string, slug: string, exceptId?: number) {
  const clash = await db.story.findFirst({
    where: { OR: [{ name: { equals: name, mode: "insensitive" } }, { slug }], NOT: exceptId ? { id: exceptId } : undefined },
    select: { id: true },
  });
  if (clash) throw invalid({ name: [UNIQUE_NAME_MESSAGE] });
}

function mapWriteError(e: unknown): unknown {
  const mapped = fromPrismaError(e);
  if (mapped instanceof AppError && mapped.code === "conflict") return invalid({ name: [UNIQUE_NAME_MESSAGE] });
  return mapped;
}

async function storeImage(image: StoryImage): Promise<string> {
  const checked = checkStoryImage(image.bytes, sniffContentType(image.bytes));
  if (!checked.ok) throw invalid({ image: [checked.error] });
  const key = storyImageKey(checked.ext);
  await storage().put(key, image.bytes, checked.contentType);
  return key;
}

async function dropFile(key: string | null | undefined) {
  if (!key) return;
  await storage()
    .delete(key)
    .catch((err: unknown) => log.warn({ err, key }, "could not delete a story image"));
}

const contentColumns = (input: StoryInput) => ({
  name: input.name,
  companyName: input.companyName,
  companyUrl: input.companyUrl,
  categoryId: input.categoryId,
  author: input.author,
  authorEmail: input.authorEmail,
  pullQuote: input.pullQuote,
  content: input.content,
  contentMarkupType: input.contentMarkupType,
  contentRendered: input.content ? renderMarkup(input.content, input.contentMarkupType) : "",
});

async function assertCategory(categoryId: number) {
  if (!(await db.storyCategory.findUnique({ where: { id: categoryId }, select: { id: true } })))
    throw invalid({ categoryId: ["Choose a category."] });
}

/**
 * views.py StoryCreate: a signed-in visitor's story, saved unpublished with submitted_by set
 * (creator stays empty), and the PSF staff mail with reply-to the author (models.py). A mail
 * failure is logged in the outbox, never lost, and never fails the submission.
 */
export async function submitStory(
  input: StoryInput,
  image: StoryImage | null,
  submitterId: number,
): Promise<{ id: number; slug: string }> {
  const slug = slugify(input.name);
  if (!slug) throw invalid({ name: ["Use a name with letters or digits in it."] });
  await assertUniqueName(input.name, slug);
  await assertCategory(input.categoryId);
  const key = image ? await storeImage(image) : null;
  let row: { id: number; slug: string; category: { name: string } };
  try {
    row = await db.story.create({
      data: { ...contentColumns(input), slug, image: key, isPublished: false, submittedById: submitterId },
      select: { id: true, slug: true, category: { select: { name: true } } },
    });
  } catch (e) {
    await dropFile(key);
    throw mapWriteError(e);
  }
  const reviewUrl = `${env.SITE_URL.replace(/\/+$/, "")}/admin/success-stories/${row.id}/`;
  await sendMail({
    to: STORY_STAFF_EMAIL,
    ...(input.authorEmail ? { replyTo: input.authorEmail } : {}),
    subject: submissionSubject(input.name),
    text: submissionText({ ...input, category: row.category.name }, reviewUrl),
  }).catch((err: unknown) => log.error({ err, storyId: row.id }, "could not record the story submission mail"));
  return { id: row.id, slug: row.slug };
}

type StoryState = { id: number; slug: string; isPublished: boolean; featured: boolean; image: string | null };
const stateSelect = { id: true, slug: true, isPublished: true, featured: true, image: true } as const;

/**
 * After a write: the public pages when a published story changed (or one stopped being
 * published), the supernav box when a published featured story is involved, and the
 * submitter's mail the first time a story is published.
 */
async function afterWrite(before: StoryState | null, after: StoryState | null) {
  const visible = Boolean(before?.isPublished || after?.isPublished);
  if (visible)
    await revalidateDomain([successStoriesTags.successStories], {
      mode: "immediate",
      paths: [STORIES_PATH, ...new Set([before, after].filter((s) => s).map((s) => storyPath(s!.slug)))],
    });
  if (visible) {
    const id = (after ?? before)!.id;
    await emit("search/document.changed", { type: "story", objectId: String(id) });
  }
  const boxInvolved = [before, after].some((s) => s?.isPublished && s.featured);
  if (boxInvolved) await emit("boxes/regenerate.requested", { reason: "success story changed" });
  if (after?.isPublished && before && !before.isPublished) await mailSubmitter(after.id);
}

async function mailSubmitter(id: number) {
  const story = await db.story.findUnique({
    where: { id },
    select: { name: true, slug: true, authorEmail: true, submittedBy: { select: { email: true } } },
  });
  const to = story?.submittedBy?.email || story?.authorEmail;
  if (!story || !to) return;
  await sendMail({
    to,
    subject: "Your success story is published on python.org",
    text: publishedText(story.name, env.SITE_URL, story.slug),
  }).catch((err: unknown) => log.error({ err, storyId: id }, "could not record the story published mail"));
}

/** StoryAdmin's change form. not_found when the story is gone; a new image or "remove" drops the old file. */
export async function updateStory(id: number, input: StoryAdminInput, image: StoryImage | null, userId: number | null) {
  const before = await db.story.findUnique({ where: { id }, select: stateSelect });
  if (!before) throw new AppError("not_found", "Not found.");
  const slug = input.slug || slugify(input.name);
  if (!slug) throw invalid({ slug: ["Enter a slug: the name has no letters or digits to make one from."] });
  await assertUniqueName(input.name, slug, id);
  await assertCategory(input.categoryId);
  const key = image ? await storeImage(image) : null;
  let after: StoryState;
  try {
    after = await db.story.update({
      where: { id },
      data: {
        ...contentColumns(input),
        slug,
        companyId: input.companyId,
        isPublished: input.isPublished,
        featured: input.featured,
        lastModifiedById: userId,
        ...(key ? { image: key } : input.removeImage ? { image: null } : {}),
      },
      select: stateSelect,
    });
  } catch (e) {
    await dropFile(key);
    throw mapWriteError(e);
  }
  if (before.image && before.image !== after.image) await dropFile(before.image);
  await afterWrite(before, after);
  return after;
}

/** The moderation queue's buttons: publish (or withdraw) and feature (or unfeature). */
export async function setStoryFlags(
  id: number,
  flags: { isPublished?: boolean; featured?: boolean },
  userId: number | null,
): Promise<StoryState> {
  const before = await db.story.findUnique({ where: { id }, select: stateSelect });
  if (!before) throw new AppError("not_found", "Not found.");
  const after = await db.story.update({
    where: { id },
    data: { ...flags, lastModifiedById: userId },
    select: stateSelect,
  });
  await afterWrite(before, after);
  return after;
}

export async function deleteStory(id: number): Promise<void> {
  const before = await db.story
    .delete({ where: { id }, select: stateSelect })
    .catch((e: unknown) => Promise.reject(fromPrismaError(e)));
  await dropFile(before.image);
  await afterWrite(before, null);
}
