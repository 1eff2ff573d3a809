import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { loadAdminFlags } from "@/lib/flags/admin/loaders";

export const metadata: Metadata = { title: "Feature flags · Admin", robots: { index: false } };

const everyoneLabel = (v: boolean | null) => (v === null ? "Unknown" : v ? "Yes" : "No");
const yesNo = (v: boolean) => (v ? "yes" : "no");

export default async function AdminFlagsPage() {
  const flags = await loadAdminFlags();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Feature flags</h1>
      <div className="overflow-x-auto">
        <table className="table">
          <caption className="sr-only">Feature flags</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Everyone</th>
              <th scope="col">Superusers</th>
              <th scope="col">Staff</th>
              <th scope="col">Testing</th>
              <th scope="col">Note</th>
              <th scope="col">Modified</th>
            </tr>
          </thead>
          <tbody>
            {flags.map((f) => (
              <tr key={f.id}>
                <td>
                  <Link className="link" href={`/admin/flags/${f.id}/`}>
                    {f.name}
                  </Link>
                </td>
                <td>{everyoneLabel(f.everyone)}</td>
                <td>{yesNo(f.superusers)}</td>
                <td>{yesNo(f.staff)}</td>
                <td>{yesNo(f.testing)}</td>
                <td>{f.note}</td>
                <td>
                  <DateTime value={f.modified} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
