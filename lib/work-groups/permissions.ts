/**
 * Who may edit PSF work groups (apps/work_groups/admin.py: a plain ContentManageableModelAdmin,
 * so Django's work_groups.change_workgroup): staff, superusers, or anyone granted workgroups.edit
 * (the "Content Editor" group).
 */
import { has, type Who } from "@/lib/users/permissions";

export const workGroupsPermissions = { edit: "workgroups.edit" } as const;

export const canEditWorkGroups = (who: Who) => has(who, workGroupsPermissions.edit);
