/** The community admin (apps/community admin.py PostAdmin with its inlines): staff and community.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { MEDIA_LABELS } from "@/lib/community/constants";
import { canEditCommunity } from "@/lib/community/permissions";

export const communitySection: AdminSection = {
  href: "/admin/community/",
  label: "Community posts",
  allowed: canEditCommunity,
};

export const communityAdmin: AdminSection[] = [communitySection];

export const POST_LIST_SPEC = {
  sorts: ["created", "updated"],
  defaultSort: "created",
  defaultDir: "desc",
  filters: { status: ["1", "2"], media: ["1", "2", "3", "4"] },
} as const;

export const postFields: FieldSpec[] = [
  { name: "title", label: "Title" },
  { name: "abstract", label: "Abstract", kind: "textarea", rows: 2 },
  {
    name: "mediaType",
    label: "Media type",
    kind: "select",
    options: Object.entries(MEDIA_LABELS).map(([value, label]) => ({ value, label })),
  },
  {
    name: "status",
    label: "Status",
    kind: "select",
    options: [
      { value: "1", label: "Private (visitors get a 404)" },
      { value: "2", label: "Public" },
    ],
  },
  { name: "content", label: "Content (HTML)", kind: "textarea", rows: 10, mono: true },
  { name: "sourceUrl", label: "Source URL", kind: "url", help: "Optional: where the post comes from." },
  {
    name: "mediaUrl",
    label: "Media URL",
    kind: "url",
    help: "The link, the photo's image or the video, by media type (text posts take none).",
  },
  { name: "caption", label: "Caption", help: "Photos and videos." },
  { name: "clickThroughUrl", label: "Click-through URL", kind: "url", help: "Photos and videos: optional." },
];
