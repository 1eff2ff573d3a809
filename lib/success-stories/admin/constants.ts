/** The success stories admin (apps/successstories admin.py StoryAdmin): staff and successstories.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { STORY_MARKUP_LABELS, STORY_MARKUP_TYPES } from "@/lib/success-stories/constants";
import { canEditStories } from "@/lib/success-stories/permissions";

export const storiesSection: AdminSection = {
  href: "/admin/success-stories/",
  label: "Success stories",
  allowed: canEditStories,
};

export const successStoriesAdmin: AdminSection[] = [storiesSection];

// StoryAdmin: list_display name, company, featured, is_published; list_filter is_published,
// featured, category; ordering -created.
export const STORY_LIST_SPEC = {
  sorts: ["created", "name", "updated"],
  defaultSort: "created",
  defaultDir: "desc",
  filters: { published: ["yes", "no"], featured: ["yes", "no"] },
} as const;

type Option = { value: string; label: string };

/** The change form; categories and companies come from the database, `hasImage` from the story. */
export function storyFields(categories: Option[], companies: Option[], hasImage = false): FieldSpec[] {
  return [
    { name: "name", label: "Name" },
    { name: "slug", label: "Slug", help: "Left empty, it is made from the name." },
    { name: "categoryId", label: "Category", kind: "select", options: categories },
    { name: "companyName", label: "Company name" },
    { name: "companyUrl", label: "Company URL", kind: "url" },
    {
      name: "companyId",
      label: "Company",
      kind: "select",
      options: [{ value: "", label: "None" }, ...companies],
      help: "A company from the companies admin: its name, URL and logo are shown with the story.",
    },
    { name: "author", label: "Author" },
    { name: "authorEmail", label: "Author email", help: "Optional." },
    { name: "pullQuote", label: "Pull quote", kind: "textarea", rows: 3 },
    {
      name: "contentMarkupType",
      label: "Content markup",
      kind: "select",
      options: STORY_MARKUP_TYPES.map((value) => ({ value, label: STORY_MARKUP_LABELS[value] })),
    },
    { name: "content", label: "Content", kind: "textarea", rows: 16, mono: true },
    { name: "isPublished", label: "Published", kind: "checkbox", help: "Drafts answer 404 to visitors." },
    { name: "featured", label: "Featured", kind: "checkbox", help: "Featured stories appear on the home page and in the menu." },
    {
      name: "image",
      label: hasImage ? "Replace the image" : "Image",
      kind: "file",
      accept: "image/png,image/jpeg,image/webp",
      help: `PNG, JPEG or WebP, at most 5 MB.${hasImage ? " The story has an image (shown above); a new one replaces it." : ""}`,
    },
    { name: "removeImage", label: "Remove the image", kind: "checkbox" },
  ];
}
