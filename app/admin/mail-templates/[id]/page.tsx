import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { TemplatePreview } from "@/components/mailing/template-preview";
import { saveMailTemplateAction } from "@/lib/mailing/admin/actions";
import { templateFields } from "@/lib/mailing/admin/constants";
import { loadMailTemplate } from "@/lib/mailing/admin/loaders";

export const metadata: Metadata = { title: "Mail template · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminMailTemplatePage({ params }: Props) {
  const t = await loadMailTemplate((await params).id);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/mail-templates/">
        All mail templates
      </Link>
      <h1 className="text-3xl font-bold">{t.internalName}</h1>
      <ModelForm
        action={saveMailTemplateAction}
        fields={templateFields}
        initial={{ internalName: t.internalName, kind: t.kind, subject: t.subject, content: t.content }}
        hidden={{ id: t.id }}
        submitLabel="Save"
        label={`Edit the mail template ${t.internalName}`}
      />
      <TemplatePreview formId="field-content" />
    </div>
  );
}
