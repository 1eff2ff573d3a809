/** The work groups admin's screens (apps/work_groups/admin.py WorkGroupAdmin): staff and workgroups.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { MARKUP_TYPE_OPTIONS, type WorkGroupMarkupField } from "@/lib/work-groups/constants";
import { canEditWorkGroups } from "@/lib/work-groups/permissions";

export const workGroupsSection: AdminSection = {
  href: "/admin/work-groups/",
  label: "Work groups",
  allowed: canEditWorkGroups,
};

export const workGroupsAdmin: AdminSection[] = [workGroupsSection];

// WorkGroupAdmin list_display (name, active, approved) with its list_filter.
export const WORK_GROUP_LIST_SPEC = {
  sorts: ["name", "id"],
  defaultSort: "name",
  defaultDir: "asc",
  filters: { active: ["yes", "no"], approved: ["yes", "no"] },
} as const;

// The model's help texts, in our words.
const MARKUP_FIELDS: { name: WorkGroupMarkupField; label: string; help: string }[] = [
  { name: "purpose", label: "Purpose", help: "The group's mission and the goals its members share." },
  {
    name: "activeTime",
    label: "Active time",
    help: "How long the group will exist, and whether and for how long it may be extended.",
  },
  {
    name: "coreValues",
    label: "Core values",
    help: "The values the group keeps, and any statements it adopts.",
  },
  { name: "rules", label: "Rules", help: "How the group makes decisions, and the rules around that." },
  { name: "communication", label: "Communication", help: "How and how often the group talks." },
  { name: "support", label: "Support", help: "Optional: what the group needs from the PSF to do its work." },
];

export const workGroupFields: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "slug", label: "Slug", help: "Left empty, it is made from the name." },
  { name: "active", label: "Active", kind: "checkbox" },
  { name: "approved", label: "Approved", kind: "checkbox" },
  { name: "url", label: "URL", kind: "url", help: "The group's main page (http or https)." },
  { name: "shortDescription", label: "Short description", kind: "textarea", rows: 2 },
  ...MARKUP_FIELDS.flatMap((f): FieldSpec[] => [
    { name: f.name, label: f.label, kind: "textarea", rows: 5, help: f.help },
    { name: `${f.name}MarkupType`, label: `${f.label} markup`, kind: "select", options: MARKUP_TYPE_OPTIONS },
  ]),
  {
    name: "organizers",
    label: "Organizers",
    help: "Usernames, separated by commas.",
  },
  { name: "members", label: "Members", help: "Usernames, separated by commas." },
];
