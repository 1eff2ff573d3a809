import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { SamplePreview } from "@/components/code-samples/admin/sample-preview";
import { previewCodeSampleAction, saveCodeSampleAction } from "@/lib/code-samples/admin/actions";
import { codeSampleFields } from "@/lib/code-samples/admin/constants";
import { loadAdminCodeSample } from "@/lib/code-samples/admin/loaders";
import { sampleLabel } from "@/lib/code-samples/utils";

export const metadata: Metadata = { title: "Code sample · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminCodeSamplePage({ params }: Props) {
  const sample = await loadAdminCodeSample((await params).id);
  const label = sampleLabel(sample.copy);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/code-samples/">
        All code samples
      </Link>
      <h1 className="text-3xl font-bold">{label}</h1>
      <ModelForm
        action={saveCodeSampleAction}
        fields={codeSampleFields}
        initial={{
          code: sample.code,
          codeMarkupType: sample.codeMarkupType,
          copy: sample.copy,
          copyMarkupType: sample.copyMarkupType,
          isPublished: sample.isPublished,
        }}
        hidden={{ id: sample.id }}
        submitLabel="Save"
        label={`Edit the code sample ${label}`}
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      >
        <SamplePreview
          action={previewCodeSampleAction}
          initial={{ codeHtml: sample.codeRendered, copyHtml: sample.copyRendered }}
        />
      </ModelForm>
    </div>
  );
}
