import type { Metadata } from "next";
import Link from "next/link";
import { CompanyEmail } from "@/components/companies/company-email";
import { CompanyForm } from "@/components/companies/company-form";
import { saveCompanyAction } from "@/lib/companies/admin/actions";
import { companyFields } from "@/lib/companies/admin/constants";
import { loadAdminCompany } from "@/lib/companies/admin/loaders";

export const metadata: Metadata = { title: "Company · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminCompanyPage({ params }: Props) {
  const company = await loadAdminCompany((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/companies/">
        All companies
      </Link>
      <h1 className="text-3xl font-bold">{company.name}</h1>
      {company.email && (
        <p>
          Shown as: <CompanyEmail email={company.email} />
        </p>
      )}
      <CompanyForm
        action={saveCompanyAction}
        fields={companyFields}
        initial={{
          name: company.name,
          slug: company.slug,
          about: company.about,
          aboutMarkupType: company.aboutMarkupType,
          contact: company.contact ?? "",
          email: company.email ?? "",
          url: company.url ?? "",
        }}
        id={company.id}
        logoUrl={company.logoUrl}
        submitLabel="Save"
        label={`Edit the company ${company.name}`}
      />
    </div>
  );
}
