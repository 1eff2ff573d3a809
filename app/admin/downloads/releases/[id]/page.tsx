import type { Metadata } from "next";
import Link from "next/link";
import { ModelForm } from "@/components/admin/model-form";
import { ReleaseFiles } from "@/components/downloads/admin/release-files";
import { RowAction } from "@/components/admin/row-action";
import {
  addReleaseFilesAction,
  checkSignaturesAction,
  saveReleaseAction,
} from "@/lib/downloads/admin/actions";
import { addFilesFields, releaseFields } from "@/lib/downloads/admin/constants";
import { loadAdminRelease } from "@/lib/downloads/admin/loaders";
import { releaseFormValues } from "@/lib/downloads/admin/utils";

export const metadata: Metadata = { title: "Release · Admin", robots: { index: false } };

export default async function AdminReleasePage({ params }: { params: Promise<{ id: string }> }) {
  const { release } = await loadAdminRelease((await params).id);
  const base = `/admin/downloads/releases/${release.id}/`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">{release.name}</h1>
        {release.isPublished && (
          <Link className="link" href={`/downloads/release/${release.slug}/`}>
            View on the site
          </Link>
        )}
        <Link className="link" href={`${base}preview/`}>
          Preview the page
        </Link>
      </div>
      {release.isLatest && release.isPublished && !release.files.some((f) => f.downloadButton) && (
        <p role="status" className="alert alert-warning max-w-xl" data-testid="latest-without-button">
          This release is marked latest but none of its files is a download-button file, so the
          download buttons keep offering the previous release until one is added below.
        </p>
      )}
      <ModelForm
        action={saveReleaseAction}
        fields={releaseFields}
        initial={releaseFormValues(release)}
        hidden={{ id: release.id }}
        submitLabel="Save release"
        className="card bg-base-200 max-w-xl space-y-3 p-6"
      />
      <ReleaseFiles release={release} />
      <div className="flex items-center gap-2">
        <RowAction
          action={checkSignaturesAction}
          hidden={{ releaseId: release.id }}
          label="Check GPG signatures again"
          className="btn btn-sm btn-outline"
        />
        <Link className="link text-sm" href="/admin/downloads/keys/">
          Release manager keys
        </Link>
      </div>
      <ModelForm
        action={addReleaseFilesAction}
        fields={addFilesFields}
        initial={{ lines: "" }}
        hidden={{ releaseId: release.id }}
        title="Add files"
        submitLabel="Add files"
        className="card bg-base-200 space-y-3 p-6"
      />
    </div>
  );
}
