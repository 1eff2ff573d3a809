import { z } from "zod";
import { text } from "@/lib/platform/forms";
import { isTimeZone } from "@/lib/events/zone/utils";

export const calendarRefSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

const name = (max: number) =>
  text().pipe(z.string().min(1, "Enter a name.").max(max, `Use at most ${max} characters.`));
const calendarId = z.coerce
  .number("Choose a calendar.")
  .int("Choose a calendar.")
  .positive("Choose a calendar.");

/** EventCategory (NameSlugModel): the slug comes from the name, as Django's. */
export const categoryFormSchema = z.object({ calendarId, name: name(200) });
export type CategoryInput = z.output<typeof categoryFormSchema>;

/** EventLocation: name, address, a web page and the venue's IANA zone (optional). */
export const locationFormSchema = z.object({
  calendarId,
  name: name(255),
  address: text().pipe(z.string().max(255, "Use at most 255 characters.")),
  url: text().pipe(
    z
      .string()
      .max(1000)
      .refine(
        (v) => v === "" || (/^https?:\/\//i.test(v) && URL.canParse(v)),
        "Enter a web address starting with https:// or http://.",
      ),
  ),
  timeZone: text().pipe(
    z
      .string()
      .refine(
        (v) => v === "" || isTimeZone(v),
        "Enter an IANA zone such as Europe/Berlin, or leave it empty.",
      ),
  ),
});
export type LocationInput = z.output<typeof locationFormSchema>;
