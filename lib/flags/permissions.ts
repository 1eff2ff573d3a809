/** Who may edit feature flags (waffle's admin): staff, superusers, or anyone granted flags.edit. */
import { has, type Who } from "@/lib/users/permissions";

export const flagsPermissions = { edit: "flags.edit" } as const;

export const canEditFlags = (who: Who) => has(who, flagsPermissions.edit);
