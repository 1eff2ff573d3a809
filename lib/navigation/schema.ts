/**
 * A menu item as the domain takes it (django-sitetree TreeItem): where it hangs, its title and
 * link, and where it shows (menus, breadcrumbs).
 */
import { z } from "zod";

const optional = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => v || null);

export const menuItemInputSchema = z.object({
  parentId: z.number().int().positive().nullable(),
  title: z.string().trim().min(1, "Give the item a title.").max(100, "Use at most 100 characters."),
  // A path on this site or an absolute http(s) URL; never javascript: or a protocol-relative //host.
  url: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .regex(/^(\/(?!\/)|https?:\/\/[^\s/]+)\S*$/, "Enter a path starting with / or an http(s) URL."),
  hint: optional(200, "Use at most 200 characters."),
  alias: optional(80, "Use at most 80 characters.").refine(
    (v) => v === null || /^[a-z0-9][a-z0-9-]*$/.test(v),
    "Use lowercase letters, digits and hyphens.",
  ),
  hidden: z.boolean(),
  inMenu: z.boolean(),
  inBreadcrumbs: z.boolean(),
});

export type MenuItemInput = z.output<typeof menuItemInputSchema>;

export const moveDirectionSchema = z.enum(["up", "down"]);
export type MoveDirection = z.output<typeof moveDirectionSchema>;
