"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createCompany, deleteCompany, updateCompany } from "@/lib/companies/mutations";
import { companiesSection } from "./constants";
import { companyFormSchema, companyRefSchema } from "./schema";

/** Every companies action authorizes here, whatever the page showed. */
const gate = adminGate(companiesSection.allowed);
const denied = "You may not edit companies.";

export const saveCompanyAction = defineAction({
  name: "admin.companies",
  gate,
  denied,
  schema: companyFormSchema,
  handler: async ({ input: { id, input, logo } }) => {
    const full = {
      ...input,
      logo: logo ? { bytes: new Uint8Array(await logo.arrayBuffer()), fileName: logo.name } : null,
    };
    return id ? updateCompany(id, full) : createCompany(full);
  },
  audit: ({ input }, row) => ({
    action: input.id ? "company.updated" : "company.created",
    targetType: "company",
    targetId: row.id,
    detail: { logo: row.logo },
  }),
  revalidate: ({ input }) => ["/admin/companies/", ...(input.id ? [`/admin/companies/${input.id}/`] : [])],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values: { ...values, slug: row.slug } }
      : { done: "Company added.", redirectTo: `/admin/companies/${row.id}/` },
});

export const deleteCompanyAction = asFormAction(
  defineAction({
    name: "admin.companies.delete",
    gate,
    schema: companyRefSchema,
    handler: ({ input }) => deleteCompany(input.id),
    audit: ({ input }) => ({ action: "company.deleted", targetType: "company", targetId: input.id }),
    revalidate: () => ["/admin/companies/"],
  }),
);
