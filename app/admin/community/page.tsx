import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { DateTime } from "@/components/ui/date-time";
import { MEDIA_LABELS, POST_STATUS, postPath } from "@/lib/community/constants";
import { deletePostAction } from "@/lib/community/admin/actions";
import { loadAdminPostList } from "@/lib/community/admin/loaders";

export const metadata: Metadata = { title: "Community posts · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const titleOf = (p: { id: number; title: string | null }) => p.title || `Community post ${p.id}`;

export default async function AdminCommunityPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminPostList(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Community posts</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/community/new/">
          Add post
        </Link>
      </div>
      <AdminList
        label="Community posts"
        basePath="/admin/community/"
        searchLabel="Search posts by title"
        params={params}
        rows={rows}
        total={total}
        rowId={(p) => p.id}
        filters={[
          {
            name: "status",
            label: "Status",
            options: [
              { value: "2", label: "Public" },
              { value: "1", label: "Private" },
            ],
          },
          {
            name: "media",
            label: "Media type",
            options: Object.entries(MEDIA_LABELS).map(([value, label]) => ({ value, label })),
          },
        ]}
        columns={[
          {
            key: "title",
            label: "Title",
            render: (p) => (
              <Link className="link" href={`/admin/community/${p.id}/`}>
                {titleOf(p)}
              </Link>
            ),
          },
          { key: "mediaType", label: "Media type", render: (p) => MEDIA_LABELS[p.mediaType] ?? "" },
          {
            key: "status",
            label: "Status",
            render: (p) =>
              p.status === POST_STATUS.public ? (
                <Link className="link" href={postPath(p.id)}>
                  Public<span className="sr-only">: view {titleOf(p)} on the site</span>
                </Link>
              ) : (
                "Private"
              ),
          },
          { key: "created", label: "Created", sortable: true, render: (p) => <DateTime value={p.created} /> },
          {
            key: "delete",
            label: "Delete",
            render: (p) => (
              <RowAction
                action={deletePostAction}
                hidden={{ id: p.id }}
                label="Delete"
                srLabel={titleOf(p)}
                confirm={`Delete "${titleOf(p)}"?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
