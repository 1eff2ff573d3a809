import Link from "next/link";
import { InlineRows } from "@/components/admin/inline-rows";
import { RowAction } from "@/components/admin/row-action";
import { deleteReleaseFileAction } from "@/lib/downloads/admin/actions";
import type { AdminReleaseFileRow } from "@/lib/downloads/admin/types";

/** A release's files under its form (ReleaseAdmin's ReleaseFile inline): edit or delete each. */
export function ReleaseFiles({ release }: { release: { id: number; files: AdminReleaseFileRow[] } }) {
  const base = `/admin/downloads/releases/${release.id}/`;
  return (
    <InlineRows
      label="Files"
      empty="No files yet."
      rows={release.files}
      rowId={(f) => f.id}
      columns={[
        {
          key: "name",
          label: "File",
          render: (f) => (
            <a className="link" href={f.url}>
              {f.name}
            </a>
          ),
        },
        { key: "os", label: "Operating system", render: (f) => f.os.name },
        {
          key: "sha",
          label: "SHA-256",
          render: (f) => f.sha256Sum,
          className: "font-mono text-xs break-all",
        },
        { key: "size", label: "Size", render: (f) => (f.filesize ? f.filesize.toLocaleString("en") : "") },
        { key: "button", label: "Button", render: (f) => (f.downloadButton ? "yes" : "") },
      ]}
      actions={(f) => (
        <>
          <Link className="btn btn-xs" href={`${base}files/${f.id}/`}>
            Edit
            <span className="sr-only"> {f.name}</span>
          </Link>
          <RowAction
            action={deleteReleaseFileAction}
            hidden={{ fileId: f.id, releaseId: release.id }}
            label="Delete"
            confirm={`Delete ${f.name} from this release?`}
            className="btn btn-xs btn-error"
          />
        </>
      )}
    />
  );
}
