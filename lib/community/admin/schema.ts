/** The post form: FormData preprocessed, then the domain's schema. */
import { z } from "zod";
import { postInputSchema } from "@/lib/community/schema";
import { optionalInt, text } from "@/lib/platform/forms";

const field = postInputSchema.shape;
const crlf = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : "");

export const postFormSchema = z
  .object({
    id: optionalInt(),
    title: text().pipe(field.title),
    abstract: z.preprocess(crlf, field.abstract),
    content: z.preprocess(crlf, field.content),
    mediaType: z.preprocess((v) => (typeof v === "string" && v ? v : undefined), field.mediaType),
    status: z.preprocess((v) => (typeof v === "string" && v ? v : undefined), field.status),
    sourceUrl: text().pipe(field.sourceUrl),
    mediaUrl: text().pipe(field.mediaUrl),
    caption: text().pipe(field.caption),
    clickThroughUrl: text().pipe(field.clickThroughUrl),
  })
  .transform(({ id, ...input }) => ({ id, input }));

export const postRefSchema = z.object({ id: z.coerce.number().int().positive() });
