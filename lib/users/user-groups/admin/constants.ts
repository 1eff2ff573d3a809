/** The Python user groups admin (apps/users UserGroup: local groups, not auth groups). */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canManageUserGroups } from "@/lib/users/user-groups/permissions";

export const userGroupsSection: AdminSection = {
  href: "/admin/user-groups/",
  label: "Python user groups",
  allowed: canManageUserGroups,
};

export const userGroupsAdmin: AdminSection[] = [userGroupsSection];

export const USER_GROUP_LIST_SPEC = {
  sorts: ["name", "location", "startDate", "id"],
  defaultSort: "name",
  defaultDir: "asc",
  filters: { approved: ["yes", "no"], trusted: ["yes", "no"] },
} as const;

export const userGroupFields: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "location", label: "Location", help: "City and country, e.g. Utrecht, Netherlands." },
  { name: "url", label: "URL", kind: "url", help: "The group's page (http or https)." },
  {
    name: "urlType",
    label: "URL type",
    kind: "select",
    options: [
      { value: "meetup", label: "Meetup" },
      { value: "distribution list", label: "Distribution list" },
      { value: "other", label: "Other" },
    ],
  },
  { name: "startDate", label: "Start date", kind: "date", help: "Optional: when the group first met." },
  { name: "approved", label: "Approved", kind: "checkbox" },
  { name: "trusted", label: "Trusted", kind: "checkbox" },
];
