import { z } from "zod";
import { optionalInt, text } from "@/lib/platform/forms";
import { checkbox } from "@/lib/platform/forms";

const name = text().pipe(z.string().min(1, "Give it a name.").max(100, "Use at most 100 characters."));

export const kindFormSchema = z
  .object({
    id: optionalInt(),
    name,
    accentColor: text().pipe(z.string().regex(/^#[0-9a-fA-F]{6}$/, "Enter a colour as #rrggbb.")),
    nominationForm: z.enum(["board", "packaging_council"], "Choose a form."),
  })
  .transform(({ id, ...input }) => ({ id, input }));
export type KindInput = z.output<typeof kindFormSchema>["input"];

const utcDateTime = (message: string) =>
  text().pipe(
    z.union([
      z.literal("").transform(() => null),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, message)
        .transform((v) => new Date(`${v}:00Z`)),
    ]),
  );

export const electionFormSchema = z
  .object({
    id: optionalInt(),
    name,
    kindId: optionalInt(),
    date: text()
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give the election date."))
      .transform((v) => new Date(`${v}T00:00:00Z`)),
    nominationsOpenAt: utcDateTime("Give a date and time, or leave it empty."),
    nominationsCloseAt: utcDateTime("Give a date and time, or leave it empty."),
    description: text().pipe(z.string().max(50_000, "Use at most 50000 characters.")),
    hidePreviousService: checkbox(),
  })
  .refine(
    (v) => !v.nominationsOpenAt || !v.nominationsCloseAt || v.nominationsOpenAt < v.nominationsCloseAt,
    {
      message: "Nominations must close after they open.",
      path: ["nominationsCloseAt"],
    },
  )
  .transform(({ id, ...input }) => ({ id, input }));
export type ElectionInput = z.output<typeof electionFormSchema>["input"];

/** A row button on the election page: which flag to set on a nominee or a nomination. */
export const flagFormSchema = z.object({
  electionId: z.coerce.number().int().positive(),
  target: z.enum(["nominee", "nomination"]),
  id: z.coerce.number().int().positive(),
  op: z.enum(["approve", "unapprove", "accept", "unaccept"]),
});

/** Link a third-party nomination to the nominee's account (python.org's staff did this in the admin). */
export const linkFormSchema = z.object({
  electionId: z.coerce.number().int().positive(),
  id: z.coerce.number().int().positive(),
  username: text().pipe(z.string().min(1, "Give the nominee's username.")),
});
