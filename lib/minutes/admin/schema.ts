/** The minutes form: FormData preprocessed, then the domain's schema, field by field. */
import { z } from "zod";
import { minutesInputSchema } from "@/lib/minutes/schema";
import { parseMinutesDate } from "@/lib/minutes/utils";
import { checkbox, optionalInt, text } from "@/lib/platform/forms";

const field = minutesInputSchema.shape;

const meetingDate = text()
  .pipe(z.string().min(1, "Enter the meeting date."))
  .transform((v, ctx) => {
    const date = parseMinutesDate(v);
    if (!date) ctx.addIssue({ code: "custom", message: "Enter a real date as YYYY-MM-DD." });
    return date ?? z.NEVER;
  })
  .pipe(field.date);

export const minutesFormSchema = z
  .object({
    id: optionalInt(),
    date: meetingDate,
    content: z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : ""), field.content),
    contentMarkupType: z.preprocess((v) => (typeof v === "string" ? v : ""), field.contentMarkupType),
    isPublished: checkbox(),
  })
  .transform(({ id, ...input }) => ({ id, input }));

export const minutesRefSchema = z.object({ id: z.coerce.number().int().positive() });
