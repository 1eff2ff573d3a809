import type { Metadata } from "next";
import Link from "next/link";
import { AdminList } from "@/components/admin/admin-list";
import { DateTime } from "@/components/ui/date-time";
import { MEMBER_TYPE_OPTIONS } from "@/lib/membership/admin/constants";
import { loadAdminMembers } from "@/lib/membership/admin/loaders";
import { membershipTypeName, needsVoteAffirmation } from "@/lib/membership/utils";

export const metadata: Metadata = { title: "PSF members · Admin", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminMembersPage({ searchParams }: Props) {
  const { params, rows, total } = await loadAdminMembers(await searchParams);
  const exportQuery = new URLSearchParams({
    ...params.filters,
    ...(params.q ? { q: params.q } : {}),
  }).toString();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">PSF members</h1>
        <a
          className="btn btn-sm"
          href={`/admin/membership/export/${exportQuery ? `?${exportQuery}` : ""}`}
          download
        >
          Export CSV
        </a>
      </div>
      <AdminList
        label="PSF members"
        basePath="/admin/membership/"
        searchLabel="Search members by name, email or username"
        params={params}
        rows={rows}
        total={total}
        rowId={(m) => m.id}
        filters={[
          { name: "type", label: "Membership type", options: MEMBER_TYPE_OPTIONS },
          {
            name: "votes",
            label: "Voting",
            options: [
              { value: "yes", label: "Voting members" },
              { value: "no", label: "Non-voting members" },
            ],
          },
          {
            name: "affirmation",
            label: "Vote affirmation",
            options: [{ value: "due", label: "Due (over 366 days)" }],
          },
        ]}
        columns={[
          {
            key: "legalName",
            label: "Legal name",
            sortable: true,
            render: (m) => (
              <Link className="link" href={`/admin/membership/${m.id}/`}>
                {m.legalName || "(no name)"}
              </Link>
            ),
          },
          { key: "creator", label: "Account", render: (m) => m.creator?.username ?? "" },
          { key: "type", label: "Type", render: (m) => membershipTypeName(m.membershipType) },
          { key: "email", label: "Email", render: (m) => m.emailAddress },
          {
            key: "votes",
            label: "Votes",
            render: (m) => (m.votes ? (needsVoteAffirmation(m) ? "yes (due)" : "yes") : "no"),
          },
          {
            key: "lastVoteAffirmation",
            label: "Last affirmed",
            sortable: true,
            render: (m) => (m.lastVoteAffirmation ? <DateTime value={m.lastVoteAffirmation} /> : ""),
          },
          { key: "created", label: "Joined", sortable: true, render: (m) => <DateTime value={m.created} /> },
        ]}
      />
    </div>
  );
}
