/** The code samples admin (apps/codesamples admin.py, ContentManageableModelAdmin): codesamples.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import {
  CODE_MARKUP_LABELS,
  CODE_MARKUP_TYPES,
  COPY_MARKUP_LABELS,
  COPY_MARKUP_TYPES,
} from "@/lib/code-samples/constants";
import { canEditCodeSamples } from "@/lib/code-samples/permissions";

export const codeSamplesSection: AdminSection = {
  href: "/admin/code-samples/",
  label: "Code samples",
  allowed: canEditCodeSamples,
};

export const codeSamplesAdmin: AdminSection[] = [codeSamplesSection];

export const CODE_SAMPLE_LIST_SPEC = {
  sorts: ["id", "updated"],
  defaultSort: "id",
  defaultDir: "asc",
  filters: { published: ["yes", "no"] },
} as const;

export const codeSampleFields: FieldSpec[] = [
  {
    name: "code",
    label: "Code",
    kind: "textarea",
    rows: 10,
    mono: true,
    help: "A console session: lines of code start with >>> or ..., the others are output.",
  },
  {
    name: "codeMarkupType",
    label: "Code markup",
    kind: "select",
    options: CODE_MARKUP_TYPES.map((value) => ({ value, label: CODE_MARKUP_LABELS[value] })),
  },
  { name: "copy", label: "Text beside the code", kind: "textarea", rows: 6 },
  {
    name: "copyMarkupType",
    label: "Text markup",
    kind: "select",
    options: COPY_MARKUP_TYPES.map((value) => ({ value, label: COPY_MARKUP_LABELS[value] })),
  },
  {
    name: "isPublished",
    label: "Published",
    kind: "checkbox",
    help: "The home page shows the first five published samples.",
  },
];
