/**
 * Who may edit the site menus (django-sitetree's admin: sitetree.change_treeitem): staff,
 * superusers, or anyone granted navigation.edit (the Content Editor group).
 */
import { has, type Who } from "@/lib/users/permissions";

export const navigationPermissions = { edit: "navigation.edit" } as const;

export const canEditNavigation = (who: Who) => has(who, navigationPermissions.edit);
