import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/admin/loaders";
import { dbId, parseListParams } from "@/lib/admin/utils";
import { storage } from "@/lib/platform/storage";
import { COMPANY_LIST_SPEC, companiesSection } from "./constants";
import { getAdminCompany, listAdminCompanies } from "./data";

const logoUrl = (key: string | null) => (key ? storage().url(key) : null);

/** Companies: staff and whoever holds companies.edit. Each row carries its logo's public URL. */
export async function loadAdminCompanies(raw: Record<string, string | string[] | undefined>) {
  await requireAdmin("/admin/companies/", companiesSection);
  const params = parseListParams(raw, COMPANY_LIST_SPEC);
  const { rows, total } = await listAdminCompanies(params);
  return { params, total, rows: rows.map((r) => ({ ...r, logoUrl: logoUrl(r.logo) })) };
}

export async function loadAdminCompanyForm() {
  await requireAdmin("/admin/companies/new/", companiesSection);
}

/** One company's change form; 404 when there is no such company. */
export async function loadAdminCompany(id: string) {
  await requireAdmin(`/admin/companies/${id}/`, companiesSection);
  const key = dbId(id);
  const company = key === null ? null : await getAdminCompany(key);
  if (!company) notFound();
  return { ...company, logoUrl: logoUrl(company.logo) };
}
