/**
 * The six markup fields of a work group (apps/work_groups/models.py), in the admin's order.
 * Work groups have no public pages, so no cache tags: nothing outside the admin reads them.
 */
export const WORK_GROUP_MARKUP_FIELDS = [
  "purpose",
  "activeTime",
  "coreValues",
  "rules",
  "communication",
  "support",
] as const;

export type WorkGroupMarkupField = (typeof WORK_GROUP_MARKUP_FIELDS)[number];

/** django-markupfield's markup types (markdown_unsafe is the pages app's own). */
export const MARKUP_TYPE_OPTIONS = [
  { value: "restructuredtext", label: "reStructuredText" },
  { value: "markdown", label: "Markdown" },
  { value: "html", label: "HTML" },
  { value: "plain", label: "Plain text" },
] as const;
