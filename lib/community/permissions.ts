/** Who may edit community posts (apps/community admin): staff, superusers, community.edit. */
import { has, type Who } from "@/lib/users/permissions";

export const communityPermissions = { edit: "community.edit" } as const;

export const canEditCommunity = (who: Who) => has(who, communityPermissions.edit);
