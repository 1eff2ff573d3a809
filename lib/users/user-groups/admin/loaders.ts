import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { USER_GROUP_LIST_SPEC, userGroupsSection } from "./constants";
import { getAdminUserGroup, listAdminUserGroups } from "./data";

export async function loadAdminUserGroups(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/user-groups/", userGroupsSection);
  const params = parseListParams(raw, USER_GROUP_LIST_SPEC);
  return { params, ...(await listAdminUserGroups(params)) };
}

export async function loadAdminUserGroupForm() {
  await requireAdmin("/admin/user-groups/new/", userGroupsSection);
}

/** One group's change form; 404 when there is no such group. */
export async function loadAdminUserGroup(id: string) {
  await requireAdmin(`/admin/user-groups/${id}/`, userGroupsSection);
  const key = dbId(id);
  const group = key === null ? null : await getAdminUserGroup(key);
  if (!group) notFound();
  return group;
}
