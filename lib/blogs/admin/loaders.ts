import "server-only";
import { requireAdmin } from "@/lib/admin/loaders";
import { blogsSection } from "./constants";
import { listAdminFeeds } from "./data";

export async function loadAdminFeeds() {
  await requireAdmin("/admin/blogs/", blogsSection);
  return listAdminFeeds();
}
