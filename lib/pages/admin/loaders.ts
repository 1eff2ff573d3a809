import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { getAdminRedirect } from "@/lib/pages/redirect/data";
import { PAGE_LIST_SPEC, pagesSection, REDIRECT_LIST_SPEC, redirectsSection } from "./constants";
import { getAdminPage, listAdminPages, listAdminRedirects } from "./data";

type Raw = Record<string, string | string[] | undefined>;

export async function loadAdminPages(raw: Raw) {
  await requireAdmin("/admin/pages/", pagesSection);
  const params = parseListParams(raw, PAGE_LIST_SPEC);
  return { params, ...(await listAdminPages(params)) };
}

export async function loadAdminPageForm() {
  await requireAdmin("/admin/pages/new/", pagesSection);
}

/** One page's change form (or its preview); 404 when there is no such page. */
export async function loadAdminPage(id: string, screen = "") {
  await requireAdmin(`/admin/pages/${id}/${screen}`, pagesSection);
  const page = dbId(id) === null ? null : await getAdminPage(dbId(id)!);
  if (!page) notFound();
  return page;
}

export async function loadAdminRedirects(raw: Raw) {
  await requireAdmin("/admin/redirects/", redirectsSection);
  const params = parseListParams(raw, REDIRECT_LIST_SPEC);
  return { params, ...(await listAdminRedirects(params)) };
}

export async function loadAdminRedirectForm() {
  await requireAdmin("/admin/redirects/new/", redirectsSection);
}

export async function loadAdminRedirect(id: string) {
  await requireAdmin(`/admin/redirects/${id}/`, redirectsSection);
  const row = dbId(id) === null ? null : await getAdminRedirect(dbId(id)!);
  if (!row) notFound();
  return row;
}
