import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { MEMBER_LIST_SPEC, membershipSection } from "./constants";
import { getAdminMember, listAdminMembers } from "./data";

export async function loadAdminMembers(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/membership/", membershipSection);
  const params = parseListParams(raw, MEMBER_LIST_SPEC);
  return { params, ...(await listAdminMembers(params)) };
}

export async function loadAdminMember(id: string) {
  await requireAdmin(`/admin/membership/${id}/`, membershipSection);
  const member = dbId(id) === null ? null : await getAdminMember(dbId(id)!);
  if (!member) notFound();
  return member;
}
