import type { Metadata } from "next";
import { ModelForm } from "@/components/admin/model-form";
import { TemplatePreview } from "@/components/mailing/template-preview";
import { saveMailTemplateAction } from "@/lib/mailing/admin/actions";
import { templateFields } from "@/lib/mailing/admin/constants";
import { loadMailTemplates } from "@/lib/mailing/admin/loaders";

export const metadata: Metadata = { title: "Add a mail template · Admin", robots: { index: false } };

export default async function AdminNewMailTemplatePage() {
  await loadMailTemplates("/admin/mail-templates/new/");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Add a mail template</h1>
      <ModelForm
        action={saveMailTemplateAction}
        fields={templateFields}
        initial={{ internalName: "", kind: "generic", subject: "", content: "" }}
        submitLabel="Add"
        label="Add a mail template"
      />
      <TemplatePreview formId="field-content" />
    </div>
  );
}
