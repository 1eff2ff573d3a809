/**
 * A success story as the domain takes it (apps/successstories/models.py Story, forms.py
 * StoryForm). Django's CharFields refuse NUL characters (ProhibitNullCharactersValidator), so
 * every text here does too; the name's uniqueness is the mutation's (it needs the database).
 */
import { z } from "zod";
import { text } from "@/lib/platform/forms";
import { NUL_MESSAGE, STORY_MARKUP_TYPES } from "./constants";

const noNul = (s: string) => !s.includes("\u0000");
const line = (max: number, required: string) =>
  z.string().trim().refine(noNul, NUL_MESSAGE).pipe(z.string().min(1, required).max(max, `Use at most ${max} characters.`));

export const storyImageSchema = z.object({ bytes: z.instanceof(Uint8Array), fileName: z.string() });

export const storyInputSchema = z.object({
  name: line(200, "Give the story a name."),
  companyName: line(500, "Enter the company or organisation's name."),
  companyUrl: z
    .string()
    .trim()
    .refine(noNul, NUL_MESSAGE)
    .pipe(z.string().max(200, "Use at most 200 characters.").regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, "Enter a valid URL.")),
  categoryId: z.number("Choose a category.").int().positive("Choose a category."),
  author: line(500, "Enter the author's name."),
  authorEmail: z
    .string()
    .trim()
    .refine(noNul, NUL_MESSAGE)
    .pipe(z.union([z.literal("").transform(() => null), z.email("Enter a valid email address.").max(100)])),
  pullQuote: z.string().trim().refine(noNul, NUL_MESSAGE).pipe(z.string().min(1, "Enter a pull quote.").max(2000)),
  content: z.string().refine(noNul, NUL_MESSAGE).pipe(z.string().max(100_000, "Use at most 100000 characters.")),
  contentMarkupType: z.enum(STORY_MARKUP_TYPES, "Choose how the story is written."),
});

export type StoryInput = z.output<typeof storyInputSchema>;
export type StoryImage = z.output<typeof storyImageSchema>;

const field = storyInputSchema.shape;
const crlf = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : "");

// A file input with nothing chosen still sends a File: empty name, no bytes.
export const uploadField = () =>
  z.preprocess((v) => (v instanceof File && v.size > 0 ? v : null), z.instanceof(File).nullable());

export const categoryField = () =>
  z.preprocess((v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined), field.categoryId);

/** The public submission form (StoryForm): Markdown, as its help text asks. */
export const storySubmissionFormSchema = z
  .object({
    name: text().pipe(field.name),
    companyName: text().pipe(field.companyName),
    companyUrl: text().pipe(field.companyUrl),
    categoryId: categoryField(),
    author: text().pipe(field.author),
    authorEmail: text().pipe(field.authorEmail),
    pullQuote: z.preprocess(crlf, field.pullQuote),
    content: z.preprocess(crlf, field.content),
    image: uploadField(),
  })
  .transform(({ image, ...input }) => ({ input: { ...input, contentMarkupType: "markdown" as const }, image }));

export type StorySubmissionForm = z.output<typeof storySubmissionFormSchema>;

/** What staff may also set in the admin (StoryAdmin): slug, company, publish, feature, image removal. */
export const storyAdminInputSchema = storyInputSchema.extend({
  slug: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .regex(/^[-\w]*$/, "Use only letters, digits, underscores and hyphens."),
  companyId: z.number().int().positive().nullable(),
  isPublished: z.boolean(),
  featured: z.boolean(),
  removeImage: z.boolean(),
});

export type StoryAdminInput = z.output<typeof storyAdminInputSchema>;
