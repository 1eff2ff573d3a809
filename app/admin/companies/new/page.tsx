import type { Metadata } from "next";
import { CompanyForm } from "@/components/companies/company-form";
import { saveCompanyAction } from "@/lib/companies/admin/actions";
import { companyFields } from "@/lib/companies/admin/constants";
import { loadAdminCompanyForm } from "@/lib/companies/admin/loaders";

export const metadata: Metadata = { title: "Add a company · Admin", robots: { index: false } };

export default async function AdminNewCompanyPage() {
  await loadAdminCompanyForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a company</h1>
      <CompanyForm
        action={saveCompanyAction}
        fields={companyFields}
        initial={{
          name: "",
          slug: "",
          about: "",
          aboutMarkupType: "restructuredtext",
          contact: "",
          email: "",
          url: "",
        }}
        submitLabel="Add"
        label="Add a company"
      />
    </div>
  );
}
