import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { WORK_GROUP_LIST_SPEC, workGroupsSection } from "./constants";
import { getAdminWorkGroup, listAdminWorkGroups } from "./data";

/** Work groups: staff and whoever holds workgroups.edit. */
export async function loadAdminWorkGroups(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/work-groups/", workGroupsSection);
  const params = parseListParams(raw, WORK_GROUP_LIST_SPEC);
  return { params, ...(await listAdminWorkGroups(params)) };
}

export async function loadAdminWorkGroupForm() {
  await requireAdmin("/admin/work-groups/new/", workGroupsSection);
}

/** One work group's change form; 404 when there is no such group. */
export async function loadAdminWorkGroup(id: string) {
  await requireAdmin(`/admin/work-groups/${id}/`, workGroupsSection);
  const key = dbId(id);
  const group = key === null ? null : await getAdminWorkGroup(key);
  if (!group) notFound();
  return group;
}
