/** The pages admin's screens (apps/pages PageAdmin, django.contrib.redirects RedirectAdmin): staff and pages.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canEditPages } from "@/lib/pages/permissions";
import { PAGE_MARKUP_TYPES } from "@/lib/pages/schema";
import { PAGE_TEMPLATES } from "@/lib/pages/utils";

export const pagesSection: AdminSection = { href: "/admin/pages/", label: "Pages", allowed: canEditPages };
export const redirectsSection: AdminSection = {
  href: "/admin/redirects/",
  label: "Redirects",
  allowed: canEditPages,
};

export const pagesAdmin: AdminSection[] = [pagesSection, redirectsSection];

// PageAdmin: list_display (title, path, is_published), list_filter, search_fields (title, path).
export const PAGE_LIST_SPEC = {
  sorts: ["title", "path", "updated"],
  defaultSort: "path",
  filters: { published: ["yes", "no"], template: ["default", "psf", "psf-full-width", "raw"] },
} as const;

export const REDIRECT_LIST_SPEC = {
  sorts: ["oldPath", "newPath"],
  defaultSort: "oldPath",
  filters: { kind: ["moved", "gone"] },
} as const;

const MARKUP_LABELS: Record<(typeof PAGE_MARKUP_TYPES)[number], string> = {
  restructuredtext: "reStructuredText",
  markdown: "Markdown",
  markdown_unsafe: "Markdown with raw HTML (still sanitized)",
  html: "HTML (sanitized)",
  plain: "Plain text",
};

export const pageFields: FieldSpec[] = [
  { name: "title", label: "Title" },
  {
    name: "path",
    label: "Path",
    help: "Where the page lives, e.g. psf/grants (lowercase letters, digits, hyphens and dots).",
  },
  {
    name: "contentMarkupType",
    label: "Markup",
    kind: "select",
    options: PAGE_MARKUP_TYPES.map((t) => ({ value: t, label: MARKUP_LABELS[t] })),
  },
  { name: "content", label: "Content", kind: "textarea", rows: 18, mono: true },
  { name: "description", label: "Description", kind: "textarea", rows: 2, help: "For search engines." },
  { name: "keywords", label: "Keywords", help: "Comma-separated, for search." },
  { name: "templateName", label: "Layout", kind: "select", options: PAGE_TEMPLATES },
  {
    name: "contentType",
    label: "Content type",
    help: "text/html pages render in the site; any other type is sent as it is (like the raw layout).",
  },
  {
    name: "isPublished",
    label: "Published",
    kind: "checkbox",
    help: "Unpublished pages answer 404 to visitors; editors see them with a draft notice.",
  },
];

export const redirectFields: FieldSpec[] = [
  { name: "oldPath", label: "Old path", help: "A path on this site, e.g. /events/old-name/." },
  {
    name: "newPath",
    label: "New path",
    help: "A path or an http(s) URL. Leave it empty to answer 410 Gone.",
  },
  {
    name: "permanent",
    label: "Permanent (301)",
    kind: "checkbox",
    help: "Unchecked, the redirect is temporary (302).",
  },
];
