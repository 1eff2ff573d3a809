import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId } from "@/lib/admin/utils";
import { flagsSection } from "./constants";
import { getAdminFlag, listAdminFlags } from "./data";

export async function loadAdminFlags() {
  await requireAdmin("/admin/flags/", flagsSection);
  return listAdminFlags();
}

/** One flag's form; 404 when there is no such flag. */
export async function loadAdminFlag(id: string) {
  await requireAdmin(`/admin/flags/${id}/`, flagsSection);
  const flag = dbId(id) === null ? null : await getAdminFlag(dbId(id)!);
  if (!flag) notFound();
  return flag;
}
