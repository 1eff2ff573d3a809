import {
  STORY_IMAGE_MAX_BYTES,
  STORY_IMAGE_PREFIX,
  STORY_IMAGE_TYPES,
  storyPath,
} from "./constants";

/**
 * An uploaded story image checked by its bytes (AC-FILE-1): the sniffed type must be PNG, JPEG
 * or WebP (never the browser's word, never SVG) and the file at most 5 MB.
 */
export function checkStoryImage(
  bytes: Uint8Array,
  sniffed: string | null,
): { ok: true; contentType: string; ext: string } | { ok: false; error: string } {
  if (bytes.byteLength > STORY_IMAGE_MAX_BYTES) return { ok: false, error: "The image may be at most 5 MB." };
  const ext = sniffed ? STORY_IMAGE_TYPES[sniffed] : undefined;
  if (!sniffed || !ext) return { ok: false, error: "Upload a PNG, JPEG or WebP image." };
  return { ok: true, contentType: sniffed, ext };
}

/** AC-FILE-1: stored under a random name; the uploaded name is not kept in the key. */
export const storyImageKey = (ext: string, id: string = crypto.randomUUID()) => `${STORY_IMAGE_PREFIX}/${id}.${ext}`;

/** models.py: the subject names the first line of the story's name only (no header tricks). */
export const submissionSubject = (name: string) =>
  `New success story submission: ${name.split(/\r?\n/, 1)[0]!.trim()}`.slice(0, 200);

export type SubmissionMailFields = {
  name: string;
  companyName: string;
  companyUrl: string;
  category: string;
  author: string;
  authorEmail: string | null;
  pullQuote: string;
  content: string;
};

/** The staff mail's plain text (templates/successstories/email/submission.txt): every field and the review link. */
export function submissionText(s: SubmissionMailFields, reviewUrl: string): string {
  return [
    `Name: ${s.name}`,
    `Company name: ${s.companyName}`,
    `Company URL: ${s.companyUrl}`,
    `Category: ${s.category}`,
    `Author: ${s.author}`,
    `Author email: ${s.authorEmail ?? ""}`,
    "",
    "Pull quote:",
    s.pullQuote,
    "",
    "Content:",
    s.content,
    "",
    `Review: ${reviewUrl}`,
    "",
  ].join("\n");
}

/** Beyond python.org: the submitter hears when their story is published. */
export function publishedText(name: string, siteUrl: string, slug: string): string {
  return [
    "Hello,",
    "",
    `Your success story "${name.split(/\r?\n/, 1)[0]!.trim()}" has been published on python.org:`,
    `${siteUrl.replace(/\/+$/, "")}${storyPath(slug)}`,
    "",
    "Thank you for sharing it with the Python community.",
    "",
    "The PSF staff",
    "",
  ].join("\n");
}
