import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { saveReleaseFileAction } from "@/lib/downloads/admin/actions";
import { releaseFileFields } from "@/lib/downloads/admin/constants";
import { loadAdminReleaseFile } from "@/lib/downloads/admin/loaders";
import { releaseFileFormValues } from "@/lib/downloads/admin/utils";

export const metadata: Metadata = { title: "Release file · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string; fileId: string }> };

// A refused save keeps what was typed and says which rule it broke (the API's own rules).
export default async function AdminReleaseFilePage({ params }: Props) {
  const { id, fileId } = await params;
  const { file, systems } = await loadAdminReleaseFile(id, fileId);
  return (
    <div className="space-y-4">
      <p>
        <Link className="link" href={`/admin/downloads/releases/${file.release.id}/`}>
          {file.release.name}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{file.name}</h1>
      <ModelForm
        action={saveReleaseFileAction}
        fields={releaseFileFields(systems)}
        initial={releaseFileFormValues(file)}
        hidden={{ releaseId: file.release.id, fileId: file.id }}
        submitLabel="Save file"
      />
    </div>
  );
}
