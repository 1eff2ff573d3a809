import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { LogoInputs } from "@/components/sponsors/admin/sponsor-parts";
import { saveSponsorAction } from "@/lib/sponsors/admin/sponsor/actions";
import { sponsorFields } from "@/lib/sponsors/admin/sponsor/constants";
import { loadNewSponsorForm } from "@/lib/sponsors/admin/sponsor/loaders";

export const metadata: Metadata = { title: "Add a sponsor · Admin", robots: { index: false } };

export default async function AdminNewSponsorPage() {
  await loadNewSponsorForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a sponsor</h1>
      <ModelForm
        action={saveSponsorAction}
        fields={sponsorFields}
        initial={{}}
        submitLabel="Add"
        label="Add a sponsor"
      >
        <LogoInputs />
      </ModelForm>
    </div>
  );
}
