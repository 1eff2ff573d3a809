import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { getAdminUser, listAdminUsers, listGroups } from "./data";
import { USER_LIST_SPEC, usersSection } from "./constants";

export async function loadAdminUsers(raw: Record<string, string | string[] | undefined>) {
  const principal = await requireAdmin("/admin/users/", usersSection);
  const params = parseListParams(raw, USER_LIST_SPEC);
  return { params, isSuperuser: principal.isSuperuser, ...(await listAdminUsers(params)) };
}

export async function loadAdminUser(id: string) {
  const principal = await requireAdmin(`/admin/users/${id}/`, usersSection);
  const userId = dbId(id);
  const [user, groups] = await Promise.all([userId === null ? null : getAdminUser(userId), listGroups()]);
  if (!user) notFound();
  return { user, groups, viewer: { userId: principal.userId, isSuperuser: principal.isSuperuser } };
}
