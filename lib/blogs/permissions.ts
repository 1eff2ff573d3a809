/** Who may edit news entries and feeds (apps/blogs admin): staff, superusers, blogs.edit. */
import { has, type Who } from "@/lib/users/permissions";

export const blogsPermissions = { edit: "blogs.edit" } as const;

export const canEditBlogs = (who: Who) => has(who, blogsPermissions.edit);
