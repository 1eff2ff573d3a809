import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { SamplePreview } from "@/components/code-samples/admin/sample-preview";
import { previewCodeSampleAction, saveCodeSampleAction } from "@/lib/code-samples/admin/actions";
import { codeSampleFields } from "@/lib/code-samples/admin/constants";
import { loadAdminCodeSampleForm } from "@/lib/code-samples/admin/loaders";

export const metadata: Metadata = { title: "Add a code sample · Admin", robots: { index: false } };

export default async function AdminNewCodeSamplePage() {
  await loadAdminCodeSampleForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a code sample</h1>
      <ModelForm
        action={saveCodeSampleAction}
        fields={codeSampleFields}
        initial={{ code: "", codeMarkupType: "plain", copy: "", copyMarkupType: "html", isPublished: false }}
        submitLabel="Add"
        label="Add a code sample"
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      >
        <SamplePreview action={previewCodeSampleAction} initial={null} />
      </ModelForm>
    </div>
  );
}
