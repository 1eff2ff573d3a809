import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { RowAction } from "@/components/admin/row-action";
import { deleteBannerAction } from "@/lib/banners/admin/actions";
import { loadAdminBanners } from "@/lib/banners/admin/loaders";

export const metadata: Metadata = { title: "Banners · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const yesNo = (v: boolean) => (v ? "yes" : "no");

export default async function AdminBannersPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminBanners(await searchParams);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Banners</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/banners/new/">
          Add a banner
        </Link>
      </div>
      <AdminList
        label="Banners"
        basePath="/admin/banners/"
        searchLabel="Search banners by text"
        params={params}
        rows={rows}
        total={total}
        rowId={(b) => b.id}
        filters={[
          {
            name: "active",
            label: "Active",
            options: [
              { value: "yes", label: "Active" },
              { value: "no", label: "Inactive" },
            ],
          },
          {
            name: "scope",
            label: "Shown on",
            options: [
              { value: "psf", label: "PSF pages only" },
              { value: "site", label: "The home page" },
            ],
          },
        ]}
        columns={[
          {
            key: "title",
            label: "Button text",
            sortable: true,
            render: (b) => (
              <Link className="link" href={`/admin/banners/${b.id}/`}>
                {b.title}
              </Link>
            ),
          },
          { key: "message", label: "Message", render: (b) => b.message },
          { key: "active", label: "Active", render: (b) => yesNo(b.active) },
          { key: "psfPagesOnly", label: "PSF pages only", render: (b) => yesNo(b.psfPagesOnly) },
          {
            key: "delete",
            label: "Delete",
            render: (b) => (
              <RowAction
                action={deleteBannerAction}
                hidden={{ id: b.id }}
                label="Delete"
                confirm={`Delete the banner "${b.title}"?`}
                className="btn btn-xs btn-error"
              />
            ),
          },
        ]}
      />
    </div>
  );
}
