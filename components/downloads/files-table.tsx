import type { ReleaseFileRow } from "@/lib/downloads/types";
import { pingUrlFor } from "@/lib/downloads/stats/utils";
import { formatFileSize } from "@/lib/downloads/utils";

/** What our own check of the GPG signature found (the link lets anyone check it again). */
function SignatureVerdict({ f }: { f: ReleaseFileRow }) {
  if (!f.gpgSignatureFile || !f.signature || f.signature.status === "pending") return null;
  const { status, detail } = f.signature;
  const [label, style] =
    status === "valid"
      ? ["GPG signature verified", "badge-success"]
      : status === "invalid"
        ? ["GPG signature does not verify", "badge-error"]
        : ["GPG signature could not be checked", "badge-warning"];
  return (
    <span className={`badge badge-sm ${style}`} title={detail} data-testid="signature-verdict">
      {label}
    </span>
  );
}

function Sidecars({ f }: { f: ReleaseFileRow }) {
  const links: [string, string][] = [];
  if (f.sigstoreBundleFile) links.push(["Sigstore", f.sigstoreBundleFile]);
  else if (f.sigstoreCertFile && f.sigstoreSignatureFile)
    links.push(["Sigstore CRT", f.sigstoreCertFile], ["Sigstore SIG", f.sigstoreSignatureFile]);
  if (f.gpgSignatureFile) links.push(["GPG", f.gpgSignatureFile]);
  if (f.sbomSpdx2File) links.push(["SBOM", f.sbomSpdx2File]);
  return (
    <ul className="inline-flex flex-wrap gap-x-2">
      {links.map(([label, url]) => (
        <li key={label}>
          <a href={url} className="link">
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Files of a release: source first, then by OS; SHA-256 where present, MD5 only when it is all there is. */
export function FilesTable({ files }: { files: ReleaseFileRow[] }) {
  const sorted = [...files].sort(
    (a, b) =>
      Number(b.isSource) - Number(a.isSource) ||
      a.osSlug.localeCompare(b.osSlug) ||
      a.name.localeCompare(b.name),
  );
  return (
    <div className="overflow-x-auto">
      <table className="table-sm table-stack table" data-testid="files-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Operating system</th>
            <th scope="col">Description</th>
            <th scope="col">Size</th>
            <th scope="col">Checksum</th>
            <th scope="col">Signatures</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((f) => (
            <tr key={f.url}>
              <td className="font-semibold">
                <a href={f.url} ping={pingUrlFor(f.url)} className="link">
                  {f.name}
                </a>
              </td>
              <td data-label="Operating system">{f.osName}</td>
              <td data-label="Description">{f.description}</td>
              <td data-label="Size" className="whitespace-nowrap">
                {formatFileSize(f.filesize)}
              </td>
              <td data-label="Checksum" className="font-mono text-xs break-all sm:max-w-48">
                {f.sha256Sum ? (
                  <>
                    <span className="sr-only">SHA-256 </span>
                    {f.sha256Sum}
                  </>
                ) : f.md5Sum ? (
                  <>
                    <span className="badge badge-ghost badge-xs mr-1">MD5</span>
                    {f.md5Sum}
                  </>
                ) : null}
              </td>
              <td data-label="Signatures">
                <Sidecars f={f} />
                <SignatureVerdict f={f} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
