/** The companies admin's screens (apps/companies/admin.py CompanyAdmin): staff and companies.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { MARKUP_TYPE_OPTIONS } from "@/lib/companies/constants";
import { canEditCompanies } from "@/lib/companies/permissions";

export const companiesSection: AdminSection = {
  href: "/admin/companies/",
  label: "Companies",
  allowed: canEditCompanies,
};

export const companiesAdmin: AdminSection[] = [companiesSection];

// CompanyAdmin: search by name, newest first (ordering -pk); name sortable too.
export const COMPANY_LIST_SPEC = {
  sorts: ["id", "name"],
  defaultSort: "id",
  defaultDir: "desc",
} as const;

/** The text fields of the form; the logo has its own control (components/companies/company-form). */
export const companyFields: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "slug", label: "Slug", help: "Left empty, it is made from the name." },
  { name: "about", label: "About", kind: "textarea", rows: 6 },
  { name: "aboutMarkupType", label: "About markup", kind: "select", options: MARKUP_TYPE_OPTIONS },
  { name: "contact", label: "Contact", help: "Optional: the person to write to." },
  { name: "email", label: "E-mail", help: "Optional." },
  { name: "url", label: "URL", kind: "url", help: "Optional: the company's site (http or https)." },
];
