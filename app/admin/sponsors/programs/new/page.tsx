import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveProgramAction } from "@/lib/sponsors/admin/catalog/actions";
import { programFields } from "@/lib/sponsors/admin/catalog/constants";
import { loadAdminProgram } from "@/lib/sponsors/admin/catalog/loaders";

export const metadata: Metadata = { title: "Add a sponsorship program · Admin", robots: { index: false } };

export default async function AdminNewSponsorshipProgramPage() {
  await loadAdminProgram();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a sponsorship program</h1>
      <ModelForm
        action={saveProgramAction}
        fields={programFields}
        initial={{ name: "", description: "", order: 0 }}
        submitLabel="Add"
        label="Add a sponsorship program"
      />
    </div>
  );
}
