import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { saveMinutesAction } from "@/lib/minutes/admin/actions";
import { minutesFields } from "@/lib/minutes/admin/constants";
import { loadAdminMinutesForm } from "@/lib/minutes/admin/loaders";

export const metadata: Metadata = { title: "Add minutes · Admin", robots: { index: false } };

export default async function AdminNewMinutesPage() {
  await loadAdminMinutesForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add minutes</h1>
      <ModelForm
        action={saveMinutesAction}
        fields={minutesFields}
        initial={{ date: "", contentMarkupType: "restructuredtext", content: "", isPublished: false }}
        submitLabel="Add"
        label="Add minutes"
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      />
    </div>
  );
}
