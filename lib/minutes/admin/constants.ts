/** The minutes admin (apps/minutes admin.py MinutesAdmin): staff and minutes.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { MINUTES_MARKUP_LABELS, MINUTES_MARKUP_TYPES } from "@/lib/minutes/constants";
import { canEditMinutes } from "@/lib/minutes/permissions";

export const minutesSection: AdminSection = {
  href: "/admin/minutes/",
  label: "Board minutes",
  allowed: canEditMinutes,
};

export const minutesAdmin: AdminSection[] = [minutesSection];

// MinutesAdmin: date_hierarchy "date", list_display and list_filter with is_published.
export const MINUTES_LIST_SPEC = {
  sorts: ["date", "updated"],
  defaultSort: "date",
  defaultDir: "desc",
  filters: { published: ["yes", "no"] },
} as const;

export const minutesFields: FieldSpec[] = [
  { name: "date", label: "Meeting date", kind: "date" },
  {
    name: "contentMarkupType",
    label: "Markup",
    kind: "select",
    options: MINUTES_MARKUP_TYPES.map((value) => ({ value, label: MINUTES_MARKUP_LABELS[value] })),
  },
  { name: "content", label: "Minutes", kind: "textarea", rows: 18, mono: true },
  {
    name: "isPublished",
    label: "Published",
    kind: "checkbox",
    help: "Unpublished minutes are a draft: visitors get a 404 until they are published.",
  },
];
