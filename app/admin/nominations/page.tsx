import type { Metadata } from "next";
import Link from "next/link";
import { loadAdminElections } from "@/lib/nominations/admin/loaders";
import { electionStatus } from "@/lib/nominations/utils";

export const metadata: Metadata = { title: "Elections · Admin", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminElectionsPage() {
  const elections = await loadAdminElections();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-3xl font-bold">Elections</h1>
        <Link className="btn btn-sm btn-primary" href="/admin/nominations/new/">
          Add an election
        </Link>
        <Link className="btn btn-sm" href="/admin/nominations/kinds/">
          Election kinds
        </Link>
      </div>
      <div className="overflow-x-auto">
        <table className="table">
          <caption className="sr-only">Elections</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Nominees</th>
              <th scope="col">Nominations</th>
            </tr>
          </thead>
          <tbody>
            {elections.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link className="link" href={`/admin/nominations/${e.id}/`}>
                    {e.name}
                  </Link>
                </td>
                <td>{e.kind?.name ?? ""}</td>
                <td>{dateFormat.format(e.date)}</td>
                <td>{electionStatus(e)}</td>
                <td>{e._count.nominees}</td>
                <td>{e._count.nominations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
