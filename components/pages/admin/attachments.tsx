import { RowAction } from "@/components/admin/row-action";
import { deleteAttachmentAction, uploadAttachmentAction } from "@/lib/pages/attachments/admin/actions";
import { loadPageAttachments } from "@/lib/pages/attachments/admin/loaders";
import { attachmentSnippets } from "@/lib/pages/attachments/utils";
import { AttachmentUploadForm, CopyField } from "./attachment-upload-form";

/**
 * A page's images and documents (apps/pages Image and DocumentFile inlines): each with its
 * public URL and a Markdown and reST snippet to paste into the content, a delete button, and an
 * upload form. The actions check the pages permission again.
 */
export async function PageAttachments({ pageId }: { pageId: number }) {
  const { attachments, maxBytes } = await loadPageAttachments(pageId);
  return (
    <section aria-labelledby="attachments-heading" className="space-y-4">
      <h2 id="attachments-heading" className="text-lg font-semibold">
        Images and documents
      </h2>
      {attachments.length === 0 ? (
        <p className="text-sm">No files are attached to this page yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table-sm table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Kind</th>
                <th scope="col">URL and snippets</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attachments.map((a) => {
                const snippets = attachmentSnippets(a.kind, a.url, a.name);
                return (
                  <tr key={`${a.kind}-${a.id}`}>
                    <td>
                      {a.url ? (
                        <a href={a.url} className="link">
                          {a.name}
                        </a>
                      ) : (
                        a.name
                      )}
                      <div className="text-xs opacity-80">{a.key}</div>
                    </td>
                    <td>{a.kind === "image" ? "Image" : "Document"}</td>
                    <td className="min-w-80 space-y-1">
                      {a.url ? (
                        <>
                          <CopyField label={`URL of ${a.name}`} value={a.url} />
                          <CopyField label={`Markdown for ${a.name}`} value={snippets.markdown} />
                          <CopyField
                            label={`reStructuredText for ${a.name}`}
                            value={snippets.restructuredtext}
                          />
                        </>
                      ) : (
                        <span className="text-sm">This stored name cannot be linked.</span>
                      )}
                    </td>
                    <td>
                      <RowAction
                        action={deleteAttachmentAction}
                        hidden={{ pageId, kind: a.kind, id: a.id }}
                        label="Delete"
                        srLabel={a.name}
                        confirm={`Delete ${a.name}? Pages linking to it will show a broken link.`}
                        className="btn btn-xs btn-error"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <AttachmentUploadForm
        action={uploadAttachmentAction}
        pageId={pageId}
        maxMegabytes={Math.floor(maxBytes / 1024 / 1024)}
      />
    </section>
  );
}
