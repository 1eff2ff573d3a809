import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { loadAdminSponsorships } from "@/lib/sponsors/admin/loaders";
import { STATUS_LABELS } from "@/lib/sponsors/constants";

export const metadata: Metadata = { title: "Sponsorships · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "–");

export default async function AdminSponsorshipsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { params, rows, total } = await loadAdminSponsorships(raw);
  const exportQuery = new URLSearchParams(
    Object.entries(params.filters).concat(params.q ? [["q", params.q]] : []),
  ).toString();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Sponsorships</h1>
        <Link className="btn btn-sm" href="/admin/sponsors/config/">
          Configuration and years
        </Link>
        <Link className="btn btn-sm" href="/admin/sponsors/contract-template/">
          Agreement template
        </Link>
        <Link className="btn btn-sm" href="/admin/sponsors/notifications/">
          Notifications
        </Link>
        <Link className="btn btn-sm" href="/admin/sponsors/tools/">
          Tools
        </Link>
        <a className="btn btn-sm" href={`/admin/sponsors/export/${exportQuery ? `?${exportQuery}` : ""}`}>
          Export CSV
        </a>
      </div>
      {!params.filters.status && (
        <p className="text-sm">Showing applied, approved and finalized sponsorships.</p>
      )}
      <AdminList
        label="Sponsorships"
        basePath="/admin/sponsors/"
        searchLabel="Search sponsorships by sponsor name"
        params={params}
        rows={rows}
        total={total}
        rowId={(r) => r.id}
        filters={[
          {
            name: "status",
            label: "Status",
            options: [
              { value: "all", label: "All" },
              ...(["applied", "approved", "finalized", "rejected"] as const).map((s) => ({
                value: s,
                label: STATUS_LABELS[s],
              })),
            ],
          },
          {
            name: "targetable",
            label: "Benefits",
            options: [{ value: "yes", label: "With a targetable email benefit" }],
          },
        ]}
        columns={[
          {
            key: "sponsor",
            label: "Sponsor",
            render: (r) => (
              <Link className="link" href={`/admin/sponsors/${r.id}/`}>
                {r.sponsor?.name ?? `Sponsorship ${r.id}`}
              </Link>
            ),
          },
          { key: "status", label: "Status", render: (r) => STATUS_LABELS[r.status] },
          { key: "package", label: "Package", render: (r) => r.package?.name ?? "–" },
          { key: "year", label: "Year", sortable: true, render: (r) => r.year ?? "–" },
          { key: "appliedOn", label: "Applied on", sortable: true, render: (r) => day(r.appliedOn) },
          { key: "approvedOn", label: "Approved on", sortable: true, render: (r) => day(r.approvedOn) },
          { key: "startDate", label: "Start", sortable: true, render: (r) => day(r.startDate) },
          { key: "endDate", label: "End", sortable: true, render: (r) => day(r.endDate) },
        ]}
      />
    </div>
  );
}
