import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmSubmit } from "@/components/admin/confirm-submit";
import { AddReleaseFilesForm, ReleaseForm } from "@/components/admin/downloads-forms";
import { checkSignaturesAction, deleteReleaseFileAction } from "@/lib/downloads/admin/actions";
import { loadAdminRelease } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Release · Admin", robots: { index: false } };

export default async function AdminReleasePage({ params }: { params: Promise<{ id: string }> }) {
  const { release } = await loadAdminRelease((await params).id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">{release.name}</h1>
        {release.isPublished && (
          <Link className="link" href={`/downloads/release/${release.slug}/`}>
            View on the site
          </Link>
        )}
        <Link className="link" href={`/admin/downloads/releases/${release.id}/preview/`}>
          Preview the page
        </Link>
      </div>
      <ReleaseForm
        initial={{
          id: release.id,
          name: release.name,
          slug: release.slug,
          version: String(release.version),
          release_date: release.releaseDate ? release.releaseDate.toISOString().slice(0, 16) : "",
          release_notes_url: release.releaseNotesUrl,
          is_published: release.isPublished,
          is_latest: release.isLatest,
          pre_release: release.preRelease,
          show_on_download_page: release.showOnDownloadPage,
        }}
      />
      <table className="table" aria-label="Files">
        <thead>
          <tr>
            <th>File</th>
            <th>Operating system</th>
            <th>SHA-256</th>
            <th>Size</th>
            <th>Button</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {release.files.map((f) => (
            <tr key={f.id}>
              <td>
                <a className="link" href={f.url}>
                  {f.name}
                </a>
              </td>
              <td>{f.os.name}</td>
              <td className="font-mono text-xs break-all">{f.sha256Sum}</td>
              <td>{f.filesize ? f.filesize.toLocaleString("en") : ""}</td>
              <td>{f.downloadButton ? "yes" : ""}</td>
              <td className="flex gap-2">
                <Link className="btn btn-xs" href={`/admin/downloads/releases/${release.id}/files/${f.id}/`}>
                  Edit
                  <span className="sr-only"> {f.name}</span>
                </Link>
                <form action={deleteReleaseFileAction}>
                  <input type="hidden" name="fileId" value={f.id} />
                  <input type="hidden" name="releaseId" value={release.id} />
                  <ConfirmSubmit
                    label="Delete"
                    question={`Delete ${f.name} from this release?`}
                    className="btn btn-xs btn-error"
                  />
                </form>
              </td>
            </tr>
          ))}
          {release.files.length === 0 && (
            <tr>
              <td colSpan={6}>No files yet.</td>
            </tr>
          )}
        </tbody>
      </table>
      <form action={checkSignaturesAction} className="flex items-center gap-2">
        <input type="hidden" name="releaseId" value={release.id} />
        <button className="btn btn-sm btn-outline">Check GPG signatures again</button>
        <Link className="link text-sm" href="/admin/downloads/keys/">
          Release manager keys
        </Link>
      </form>
      <AddReleaseFilesForm releaseId={release.id} />
    </div>
  );
}
