/** The feature-flag admin (waffle FlagAdmin): staff and flags.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canEditFlags } from "@/lib/flags/permissions";

export const flagsSection: AdminSection = { href: "/admin/flags/", label: "Feature flags", allowed: canEditFlags };

export const flagsAdmin: AdminSection[] = [flagsSection];

export const flagFields: FieldSpec[] = [
  {
    name: "everyone",
    label: "Everyone",
    kind: "select",
    options: [
      { value: "", label: "Unknown: decide by the boxes below" },
      { value: "yes", label: "Yes: on for everyone" },
      { value: "no", label: "No: off for everyone" },
    ],
    help: "Cached public pages (the /membership/ landing) are on only when this is Yes.",
  },
  { name: "superusers", label: "Superusers", kind: "checkbox" },
  { name: "staff", label: "Staff", kind: "checkbox" },
  { name: "testing", label: "Testing", kind: "checkbox" },
  { name: "note", label: "Note", kind: "textarea", rows: 3 },
];
