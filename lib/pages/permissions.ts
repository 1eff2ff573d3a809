/** Who may edit CMS pages (apps/pages admin): staff, superusers, the content editors' pages.edit. */
import { has, type Who } from "@/lib/users/permissions";

export const pagesPermissions = { edit: "pages.edit" } as const;

export const canEditPages = (who: Who) => has(who, pagesPermissions.edit);
