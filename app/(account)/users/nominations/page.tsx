import type { Metadata } from "next";
import Link from "next/link";
import { loadUserNominations } from "@/lib/nominations/loaders";

export const metadata: Metadata = { title: "Your nominations", robots: { index: false } };

type Row = Awaited<ReturnType<typeof loadUserNominations>>["made"][number];

/** Rows grouped by election, in the loader's order (elections newest first). */
function byElection(rows: Row[]) {
  const groups = new Map<number, { election: Row["election"]; rows: Row[] }>();
  for (const r of rows) {
    const g = groups.get(r.election.id) ?? { election: r.election, rows: [] };
    g.rows.push(r);
    groups.set(r.election.id, g);
  }
  return [...groups.values()];
}

function Group({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <section className="space-y-2" aria-label={title}>
      <h2 className="text-xl font-semibold">{title}</h2>
      {rows.length === 0 && <p>None.</p>}
      {byElection(rows).map(({ election, rows }) => (
        <div key={election.id}>
          <h3 className="font-semibold">
            <Link href={`/nominations/election/${election.slug}/`}>{election.name}</Link>
          </h3>
          <ul className="list-disc pl-6">
            {rows.map((n) => (
              <li key={n.id} className="space-x-3">
                <Link href={`/nominations/${election.slug}/${n.id}/`}>{n.name}</Link>
                <span>{n.accepted ? "accepted" : "not accepted"}</span>
                <span>{n.approved ? "approved" : "not approved"}</span>
                {n.editable && <Link href={`/nominations/${election.slug}/${n.id}/edit/`}>Edit</Link>}
                {n.acceptable && <Link href={`/nominations/${election.slug}/${n.id}/accept/`}>Accept</Link>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

// apps/users UserNominationsView: nominations received and made, by election (newest first).
export default async function UserNominationsPage() {
  const { received, made } = await loadUserNominations();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Your nominations</h1>
      <Group title="Nominations received" rows={received} />
      <Group title="Nominations made" rows={made} />
    </div>
  );
}
