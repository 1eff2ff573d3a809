/** The menu item form and the row buttons: FormData preprocessed, then checked by the domain's schema. */
import { z } from "zod";
import { menuItemInputSchema, moveDirectionSchema } from "@/lib/navigation/schema";
import { checkbox, optionalInt, text } from "@/lib/platform/forms";

const field = menuItemInputSchema.shape;

export const menuItemFormSchema = z
  .object({
    id: optionalInt(),
    parentId: optionalInt()
      .refine((v) => v === undefined || v > 0, "Choose a parent from the list.")
      .transform((v) => v ?? null),
    title: text().pipe(field.title),
    url: text().pipe(field.url),
    hint: text().pipe(field.hint),
    alias: text().pipe(field.alias),
    hidden: checkbox(),
    inMenu: checkbox(),
    inBreadcrumbs: checkbox(),
  })
  .transform(({ id, ...input }) => ({ id, input }));

export const menuItemRefSchema = z.object({ id: z.coerce.number().int().positive() });

export const moveMenuItemSchema = z.object({
  id: z.coerce.number().int().positive(),
  op: moveDirectionSchema,
});
