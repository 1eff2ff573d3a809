import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import { deleteStoryAction, storyFlagAction } from "@/lib/success-stories/admin/actions";
import { loadAdminStoryList } from "@/lib/success-stories/admin/loaders";

export const metadata: Metadata = { title: "Success stories · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const yesNo = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** StoryAdmin's changelist, and the moderation queue: drafts are submissions waiting for review. */
export default async function AdminStoriesPage({ searchParams }: Props) {
  const { params, rows, total, awaiting } = await loadAdminStoryList(await searchParams);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Success stories</h1>
      <p>
        <Link className="link" href="/admin/success-stories/?published=no">
          Waiting for review: {awaiting}
        </Link>
      </p>
      <AdminList
        label="Success stories"
        basePath="/admin/success-stories/"
        searchLabel="Search stories by name, company or author"
        params={params}
        rows={rows}
        total={total}
        rowId={(s) => s.id}
        filters={[
          { name: "published", label: "Published", options: yesNo },
          { name: "featured", label: "Featured", options: yesNo },
        ]}
        columns={[
          {
            key: "name",
            label: "Name",
            sortable: true,
            render: (s) => (
              <Link className="link" href={`/admin/success-stories/${s.id}/`}>
                {s.name}
              </Link>
            ),
          },
          { key: "company", label: "Company", render: (s) => s.companyName },
          { key: "category", label: "Category", render: (s) => s.category.name },
          { key: "submittedBy", label: "Submitted by", render: (s) => s.submittedBy?.username ?? "" },
          { key: "created", label: "Created", sortable: true, render: (s) => <DateTime value={s.created} /> },
          {
            key: "isPublished",
            label: "Published",
            render: (s) => (
              <RowAction
                action={storyFlagAction}
                hidden={{ id: s.id }}
                op={s.isPublished ? "unpublish" : "publish"}
                label={s.isPublished ? "Withdraw" : "Publish"}
                srLabel={s.name}
                className={`btn btn-xs ${s.isPublished ? "" : "btn-success"}`}
              />
            ),
          },
          {
            key: "featured",
            label: "Featured",
            render: (s) => (
              <RowAction
                action={storyFlagAction}
                hidden={{ id: s.id }}
                op={s.featured ? "unfeature" : "feature"}
                label={s.featured ? "Unfeature" : "Feature"}
                srLabel={s.name}
              />
            ),
          },
          {
            key: "preview",
            label: "Preview",
            render: (s) => (
              <Link className="link" href={`/admin/success-stories/${s.id}/preview/`}>
                Preview<span className="sr-only"> {s.name}</span>
              </Link>
            ),
          },
          {
            key: "delete",
            label: "Delete",
            render: (s) => (
              <RowAction
                action={deleteStoryAction}
                hidden={{ id: s.id }}
                label="Delete"
                srLabel={s.name}
                confirm={`Delete the story "${s.name}"?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
