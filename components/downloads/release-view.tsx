import Link from "next/link";
import { FilesTable } from "@/components/downloads/files-table";
import { DateTime } from "@/components/ui/date-time";
import { Markup } from "@/components/ui/markup";
import { BUTTON_OS_ORDER } from "@/lib/downloads/constants";
import { pingUrlFor } from "@/lib/downloads/stats/utils";
import type { ReleaseDetail } from "@/lib/downloads/types";

/**
 * A release page (apps/downloads/templates/downloads/release_detail.html): notices, the per-OS
 * download buttons first, the notes, then every file with its checksums and signatures. Shared
 * by the public page and the staff preview of a draft.
 */
export function ReleaseView({ release }: { release: ReleaseDetail & { endOfLife: string | null } }) {
  const buttons = release.files
    .filter((f) => f.downloadButton)
    .sort((a, b) => BUTTON_OS_ORDER.indexOf(a.osSlug) - BUTTON_OS_ORDER.indexOf(b.osSlug));
  return (
    <article className="space-y-6">
      <h1 className="text-3xl font-bold">{release.name}</h1>
      {release.endOfLife !== null && (
        <div role="alert" className="alert alert-error" data-testid="eol-notice">
          This release series is no longer supported
          {release.endOfLife ? ` (it reached end-of-life on ${release.endOfLife})` : ""} and receives no more
          fixes, security fixes included. Please upgrade to a supported version.
        </div>
      )}
      {release.supersededBy && (
        <div role="status" className="alert alert-warning" data-testid="superseded-notice">
          <span>
            This release has been superseded by{" "}
            <Link href={`/downloads/release/${release.supersededBy.slug}/`} className="link font-semibold">
              {release.supersededBy.name}
            </Link>
            .
          </span>
        </div>
      )}
      <p>
        Release date: <DateTime value={release.releaseDate} />
        {release.releaseNotesUrl && (
          <>
            {" · "}
            <a href={release.releaseNotesUrl} className="link">
              Full changelog
            </a>
          </>
        )}
      </p>
      {buttons.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Download buttons">
          {buttons.map((f) => (
            <li key={f.url}>
              <a href={f.url} ping={pingUrlFor(f.url)} className="btn btn-primary">
                Download for {f.osName}
              </a>
            </li>
          ))}
        </ul>
      )}
      {release.releasePagePath && (
        <p>
          <Link href={`/${release.releasePagePath.replace(/^\/+|\/+$/g, "")}/`} className="link">
            Detailed Release Information
          </Link>
        </p>
      )}
      <Markup html={release.contentHtml} />
      <section aria-labelledby="files-heading" className="space-y-2">
        <h2 id="files-heading" className="text-xl font-semibold">
          Files
        </h2>
        <FilesTable files={release.files} />
        <p className="text-sm">
          Check a download with <code>sha256sum</code> against the checksum above, verify a Sigstore bundle
          with <code>python -m sigstore verify identity --bundle FILE.sigstore</code>, or a GPG signature with{" "}
          <code>gpg --verify FILE.asc FILE</code> using the release managers&apos; keys.
        </p>
      </section>
    </article>
  );
}
