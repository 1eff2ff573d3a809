/**
 * Who manages the Python user groups (apps/users UserGroup, in the Django admin as
 * users.change_usergroup): staff, superusers, or anyone granted usergroups.edit.
 */
import { has, type Who } from "@/lib/users/permissions";

export const userGroupsPermissions = { edit: "usergroups.edit" } as const;

export const canManageUserGroups = (who: Who) => has(who, userGroupsPermissions.edit);
