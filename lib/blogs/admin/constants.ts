/** The blogs admin (apps/blogs admin.py FeedAdmin with "Sync new blog entries"): staff and blogs.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canEditBlogs } from "@/lib/blogs/permissions";

export const blogsSection: AdminSection = { href: "/admin/blogs/", label: "Blog feeds", allowed: canEditBlogs };

export const blogsAdmin: AdminSection[] = [blogsSection];

export const feedFields: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "websiteUrl", label: "Website URL", kind: "url" },
  { name: "feedUrl", label: "Feed URL", kind: "url", help: "An https RSS or Atom feed; it is read every 15 minutes." },
];
