import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId } from "@/lib/admin/utils";
import { nominationsSection } from "./constants";
import { getAdminElection, getAdminKind, listAdminElections, listAdminKinds } from "./data";

export async function loadAdminElections() {
  await requireAdmin("/admin/nominations/", nominationsSection);
  return listAdminElections();
}

export async function loadAdminElectionForm(path = "/admin/nominations/new/") {
  await requireAdmin(path, nominationsSection);
  return { kinds: await listAdminKinds() };
}

export async function loadAdminElection(id: string) {
  const { kinds } = await loadAdminElectionForm(`/admin/nominations/${id}/`);
  const election = dbId(id) === null ? null : await getAdminElection(dbId(id)!);
  if (!election) notFound();
  return { election, kinds };
}

export async function loadAdminKinds(path = "/admin/nominations/kinds/") {
  await requireAdmin(path, nominationsSection);
  return listAdminKinds();
}

export async function loadAdminKind(id: string) {
  await requireAdmin(`/admin/nominations/kinds/${id}/`, nominationsSection);
  const kind = dbId(id) === null ? null : await getAdminKind(dbId(id)!);
  if (!kind) notFound();
  return kind;
}
