import type { Metadata } from "next";
import Link from "next/link";
import { ReleaseFileForm } from "@/components/admin/downloads-forms";
import { loadAdminReleaseFile } from "@/lib/downloads/admin/loaders";

export const metadata: Metadata = { title: "Release file · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string; fileId: string }> };

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
      <ReleaseFileForm
        releaseId={file.release.id}
        fileId={file.id}
        systems={systems}
        initial={{
          name: file.name,
          os: String(file.osId),
          description: file.description,
          url: file.url,
          sha256_sum: file.sha256Sum,
          md5_sum: file.md5Sum,
          filesize: String(file.filesize),
          download_button: file.downloadButton,
          is_source: file.isSource,
          gpg_signature_file: file.gpgSignatureFile,
          sigstore_signature_file: file.sigstoreSignatureFile,
          sigstore_cert_file: file.sigstoreCertFile,
          sigstore_bundle_file: file.sigstoreBundleFile,
          sbom_spdx2_file: file.sbomSpdx2File,
        }}
      />
    </div>
  );
}
