import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { BOX_LIST_SPEC, boxesSection } from "./constants";
import { getAdminBox, listAdminBoxes } from "./data";

/** Boxes: staff and whoever holds boxes.edit (the Content Editor group). */
export async function loadAdminBoxes(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/boxes/", boxesSection);
  const params = parseListParams(raw, BOX_LIST_SPEC);
  return { params, ...(await listAdminBoxes(params)) };
}

export async function loadAdminBoxForm() {
  await requireAdmin("/admin/boxes/new/", boxesSection);
}

/** One box's change form; 404 when there is no such box. */
export async function loadAdminBox(id: string) {
  await requireAdmin(`/admin/boxes/${id}/`, boxesSection);
  const key = dbId(id);
  const box = key === null ? null : await getAdminBox(key);
  if (!box) notFound();
  return box;
}
