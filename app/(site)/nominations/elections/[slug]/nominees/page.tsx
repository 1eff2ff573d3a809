import type { Metadata } from "next";
import Link from "next/link";
import { ElectionHeader } from "@/components/nominations/election-header";
import { loadNominees } from "@/lib/nominations/loaders";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Nominees" };

const nameOf = (u: { firstName: string; lastName: string; username: string } | null) =>
  u ? [u.firstName, u.lastName].filter(Boolean).join(" ") || u.username : "";

// apps/nominations NomineeList: accepted and approved nominees once nominations close.
export default async function NomineesPage({ params }: Props) {
  const { election, nominees, complete } = await loadNominees((await params).slug);
  return (
    <div className="space-y-4">
      <ElectionHeader election={election} heading={`Nominees: ${election.name}`} />
      {!complete && <p className="alert">The list of nominees is published when nominations close.</p>}
      {nominees.length ? (
        <ul className="list-disc space-y-1 pl-6" aria-label="Nominees">
          {nominees.map((n) => (
            <li key={n.id}>
              <Link href={`/nominations/elections/${election.slug}/nominees/${n.slug}/`}>
                {nameOf(n.user)}
              </Link>
              {!(n.accepted && n.approved) && <span className="badge badge-ghost ml-2">pending</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>No nominees to show.</p>
      )}
    </div>
  );
}
