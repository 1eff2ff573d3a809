import type { Metadata } from "next";
import Link from "next/link";
import { MarkupPreview } from "@/components/admin/markup-preview";
import { ModelForm } from "@/components/admin/model-form";
import { RowAction } from "@/components/admin/row-action";
import { PageAttachments } from "@/components/pages/admin/attachments";
import { DateTime } from "@/components/ui/date-time";
import {
  deletePageAction,
  previewPageMarkupAction,
  savePageAction,
  setPagePublishedAction,
} from "@/lib/pages/admin/actions";
import { pageFields } from "@/lib/pages/admin/constants";
import { loadAdminPage } from "@/lib/pages/admin/loaders";
import { pageUrl } from "@/lib/pages/utils";

export const metadata: Metadata = { title: "Page · Admin", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function AdminPagePage({ params }: Props) {
  const page = await loadAdminPage((await params).id);
  const url = pageUrl(page.path);
  return (
    <div className="space-y-4">
      <Link className="link" href="/admin/pages/">
        All pages
      </Link>
      <h1 className="text-3xl font-bold">{page.title}</h1>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span
          className={`badge ${page.isPublished ? "badge-success" : "badge-warning"}`}
          data-testid="page-state"
        >
          {page.isPublished ? "Published" : "Draft"}
        </span>
        {page.isPublished ? (
          <a className="link font-mono" href={url}>
            {url}
          </a>
        ) : (
          <span className="font-mono">{url}</span>
        )}
        <Link className="btn btn-xs" href={`/admin/pages/${page.id}/preview/`}>
          Preview
        </Link>
        <RowAction
          action={setPagePublishedAction}
          hidden={{ id: page.id, publish: page.isPublished ? "no" : "yes" }}
          label={page.isPublished ? "Unpublish" : "Publish"}
          className="btn btn-xs btn-primary"
        />
        <RowAction
          action={deletePageAction}
          hidden={{ id: page.id }}
          label="Delete"
          confirm={`Delete the page "${page.title}" (${url})?`}
          className="btn btn-xs btn-error"
        />
        <span>
          Added <DateTime value={page.created} />
          {page.creator && ` by ${page.creator.username}`}, changed <DateTime value={page.updated} withTime />
          {page.lastModifiedBy && ` by ${page.lastModifiedBy.username}`}
        </span>
      </div>
      <ModelForm
        action={savePageAction}
        fields={pageFields}
        initial={{
          title: page.title,
          path: page.path,
          content: page.content,
          contentMarkupType: page.contentMarkupType,
          description: page.description,
          keywords: page.keywords,
          templateName: page.templateName,
          contentType: page.contentType,
          isPublished: page.isPublished,
        }}
        hidden={{ id: page.id }}
        submitLabel="Save"
        label={`Edit the page ${page.title}`}
        className="card bg-base-200 max-w-4xl space-y-3 p-6"
      >
        <MarkupPreview action={previewPageMarkupAction} initialHtml={page.contentRendered} />
      </ModelForm>
      <PageAttachments pageId={page.id} />
    </div>
  );
}
