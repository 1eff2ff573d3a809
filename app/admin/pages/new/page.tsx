import type { Metadata } from "next";
import { MarkupPreview } from "@/components/admin/markup-preview";
import { ModelForm } from "@/components/admin/model-form";
import { previewPageMarkupAction, savePageAction } from "@/lib/pages/admin/actions";
import { pageFields } from "@/lib/pages/admin/constants";
import { loadAdminPageForm } from "@/lib/pages/admin/loaders";

export const metadata: Metadata = { title: "Add a page · Admin", robots: { index: false } };

export default async function AdminNewPagePage() {
  await loadAdminPageForm();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a page</h1>
      <p className="text-sm">
        New pages start as drafts: visitors get a 404 until you publish. Images and documents can be attached
        once the page is saved.
      </p>
      <ModelForm
        action={savePageAction}
        fields={pageFields}
        initial={{
          title: "",
          path: "",
          content: "",
          contentMarkupType: "markdown",
          description: "",
          keywords: "",
          templateName: "",
          contentType: "text/html",
          isPublished: false,
        }}
        submitLabel="Add"
        label="Add a page"
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      >
        <MarkupPreview action={previewPageMarkupAction} initialHtml="" />
      </ModelForm>
    </div>
  );
}
