/** The boxes admin's screens (apps/boxes/admin.py BoxAdmin, ordered by label): staff and boxes.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { BOX_MARKUP_TYPES } from "@/lib/boxes/constants";
import { canEditBoxes } from "@/lib/boxes/permissions";

export const boxesSection: AdminSection = { href: "/admin/boxes/", label: "Boxes", allowed: canEditBoxes };

export const boxesAdmin: AdminSection[] = [boxesSection];

export const BOX_LIST_SPEC = {
  sorts: ["label", "updated"],
  defaultSort: "label",
  defaultDir: "asc",
  filters: { kind: ["generated", "edited"] },
  perPage: 50,
} as const;

const MARKUP_LABELS: Record<(typeof BOX_MARKUP_TYPES)[number], string> = {
  restructuredtext: "reStructuredText",
  markdown: "Markdown",
  html: "HTML",
  plain: "Plain text",
};

export const boxMarkupOptions = BOX_MARKUP_TYPES.map((value) => ({ value, label: MARKUP_LABELS[value] }));

export const boxFields: FieldSpec[] = [
  {
    name: "label",
    label: "Label",
    help: "The name templates use ({% box 'label' %}): letters, digits, hyphens and underscores.",
  },
  { name: "contentMarkupType", label: "Markup", kind: "select", options: boxMarkupOptions },
  { name: "content", label: "Content", kind: "textarea", rows: 14, mono: true },
];
