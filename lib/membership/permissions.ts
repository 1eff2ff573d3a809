/** Who may manage PSF memberships (apps/users MembershipAdmin): staff, superusers, or membership.manage. */
import { has, type Who } from "@/lib/users/permissions";

export const membershipPermissions = { manage: "membership.manage" } as const;

export const canManageMembers = (who: Who) => has(who, membershipPermissions.manage);
