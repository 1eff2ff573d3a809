/**
 * Who may edit companies (apps/companies/admin.py: a plain NameSlugAdmin, so Django's
 * companies.change_company): staff, superusers, or anyone granted companies.edit (the
 * "Content Editor" group).
 */
import { has, type Who } from "@/lib/users/permissions";

export const companiesPermissions = { edit: "companies.edit" } as const;

export const canEditCompanies = (who: Who) => has(who, companiesPermissions.edit);
