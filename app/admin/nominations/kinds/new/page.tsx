import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveKindAction } from "@/lib/nominations/admin/actions";
import { kindFields } from "@/lib/nominations/admin/constants";
import { loadAdminKinds } from "@/lib/nominations/admin/loaders";

export const metadata: Metadata = { title: "Add an election kind · Admin", robots: { index: false } };

export default async function AdminNewKindPage() {
  await loadAdminKinds("/admin/nominations/kinds/new/");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add an election kind</h1>
      <ModelForm
        action={saveKindAction}
        fields={kindFields}
        initial={{ name: "", accentColor: "#0073b7", nominationForm: "board" }}
        submitLabel="Add"
        label="Add an election kind"
      />
    </div>
  );
}
