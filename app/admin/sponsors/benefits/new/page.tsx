import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveBenefitAction } from "@/lib/sponsors/admin/catalog/actions";
import { benefitFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadNewBenefit } from "@/lib/sponsors/admin/catalog/loaders";
import { benefitChoiceOptions } from "@/lib/sponsors/admin/catalog/utils";

export const metadata: Metadata = { title: "Add a sponsorship benefit · Admin", robots: { index: false } };

type Props = { searchParams: Promise<{ year?: string }> };

/** The add form offers the packages, clauses and conflicts of the active year (or `?year=`). */
export default async function AdminNewSponsorshipBenefitPage({ searchParams }: Props) {
  const { year, choices } = await loadNewBenefit((await searchParams).year);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a sponsorship benefit</h1>
      <ModelForm
        action={saveBenefitAction}
        fields={benefitFields(benefitChoiceOptions(choices))}
        initial={{
          name: "",
          description: "",
          programId: "",
          year: String(year),
          packageIds: [],
          legalClauseIds: [],
          conflictIds: [],
          order: 0,
        }}
        submitLabel="Add"
        label="Add a sponsorship benefit"
      />
    </div>
  );
}
