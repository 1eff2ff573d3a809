import { z } from "zod";
import { checkbox, optionalInt, text } from "@/lib/platform/forms";
import { URL_TYPES } from "./constants";

const required = (label: string) =>
  text().pipe(z.string().min(1, `Enter the ${label}.`).max(255, "Use at most 255 characters."));

/** The admin form of a Python user group (every text column is VARCHAR(255)). */
export const userGroupFormSchema = z
  .object({
    id: optionalInt(),
    name: required("name"),
    location: required("location"),
    url: text().pipe(
      z
        .url({ protocol: /^https?$/, error: "Enter an http or https address." })
        .max(255, "Use at most 255 characters."),
    ),
    urlType: z.enum(URL_TYPES, { error: "Choose the kind of address." }),
    startDate: text().pipe(
      z.union([z.literal(""), z.iso.date({ error: "Enter a date (YYYY-MM-DD), or leave it empty." })]),
    ),
    approved: checkbox(),
    trusted: checkbox(),
  })
  .transform(({ id, startDate, ...rest }) => ({
    id,
    input: { ...rest, startDate: startDate ? new Date(`${startDate}T00:00:00Z`) : null },
  }));

export type UserGroupInput = z.output<typeof userGroupFormSchema>["input"];

export const userGroupRefSchema = z.object({ id: z.coerce.number().int().positive() });
