import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { MarkupPreview } from "@/components/admin/markup-preview";
import { previewBoxAction, saveBoxAction } from "@/lib/boxes/admin/actions";
import { boxFields } from "@/lib/boxes/admin/constants";
import { loadAdminBoxForm } from "@/lib/boxes/admin/loaders";

export const metadata: Metadata = { title: "Add a box · Admin", robots: { index: false } };

export default async function AdminNewBoxPage() {
  await loadAdminBoxForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a box</h1>
      <ModelForm
        action={saveBoxAction}
        fields={boxFields}
        initial={{ label: "", contentMarkupType: "restructuredtext", content: "" }}
        submitLabel="Add"
        label="Add a box"
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      >
        <MarkupPreview action={previewBoxAction} initialHtml="" />
      </ModelForm>
    </div>
  );
}
