import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { listSameYearMinutes } from "@/lib/minutes/data";
import { MINUTES_LIST_SPEC, minutesSection } from "./constants";
import { getAdminMinutes, listAdminMinutes } from "./data";

export async function loadAdminMinutesList(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/minutes/", minutesSection);
  const params = parseListParams(raw, MINUTES_LIST_SPEC);
  return { params, ...(await listAdminMinutes(params)) };
}

export async function loadAdminMinutesForm() {
  await requireAdmin("/admin/minutes/new/", minutesSection);
}

/** One meeting's change form; 404 when there are no such minutes. */
export async function loadAdminMinutes(id: string) {
  await requireAdmin(`/admin/minutes/${id}/`, minutesSection);
  const minutes = dbId(id) === null ? null : await getAdminMinutes(dbId(id)!);
  if (!minutes) notFound();
  return minutes;
}

/**
 * The minutes as visitors will see them, drafts included, for the people who may publish them
 * (MinutesDetail shows drafts to staff; our public page is cached for everyone, so the preview
 * lives here). Rendered per request, never cached.
 */
export async function loadMinutesPreview(id: string) {
  await requireAdmin(`/admin/minutes/${id}/preview/`, minutesSection);
  const minutes = dbId(id) === null ? null : await getAdminMinutes(dbId(id)!);
  if (!minutes) notFound();
  return { minutes, sameYear: await listSameYearMinutes(minutes.date.getUTCFullYear()) };
}
