/** Who may run elections (apps/nominations admin): staff, superusers, or anyone granted nominations.manage. */
import { has, type Who } from "@/lib/users/permissions";

export const nominationsPermissions = { manage: "nominations.manage" } as const;

export const canManageElections = (who: Who) => has(who, nominationsPermissions.manage);
