/**
 * Who may edit site banners (apps/banners admin.py: a plain ModelAdmin, so Django's
 * banners.change_banner): staff, superusers, or anyone granted banners.edit.
 */
import { has, type Who } from "@/lib/users/permissions";

export const bannersPermissions = { edit: "banners.edit" } as const;

export const canEditBanners = (who: Who) => has(who, bannersPermissions.edit);
