/** The users admin's screens (apps/users/admin.py UserAdmin): staff and superusers only. */
import type { AdminSection } from "@/lib/admin/types";
import { canManageUsers } from "@/lib/users/permissions";
import { userGroupsSection } from "@/lib/users/user-groups/admin/constants";

export const usersSection: AdminSection = { href: "/admin/users/", label: "Users", allowed: canManageUsers };

export const usersAdmin: AdminSection[] = [usersSection, userGroupsSection];

export const USER_LIST_SPEC = {
  sorts: ["username", "joined", "lastLogin"],
  defaultSort: "username",
  filters: {
    status: ["active", "disabled"],
    role: ["superuser", "staff", "none"],
    email: ["confirmed", "unconfirmed"],
  },
} as const;

/** One-user operations from the user's page; the bulk list offers the first three. */
export const USER_OPS = [
  "deactivate",
  "activate",
  "sign-out-everywhere",
  "resend-verification",
  "send-reset",
] as const;
export const USER_BULK_OPS = ["deactivate", "activate", "sign-out-everywhere"] as const;
