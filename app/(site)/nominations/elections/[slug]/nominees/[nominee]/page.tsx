import type { Metadata } from "next";
import Link from "next/link";
import { ElectionHeader } from "@/components/nominations/election-header";
import { NominationDetails } from "@/components/nominations/nomination-details";
import { loadNominee } from "@/lib/nominations/loaders";

type Props = { params: Promise<{ slug: string; nominee: string }> };

export const metadata: Metadata = { title: "Nominee" };

// apps/nominations NomineeDetail: 404 unless the nominee is visible to the visitor.
export default async function NomineePage({ params }: Props) {
  const { slug, nominee: nomineeSlug } = await params;
  const { election, nominee, nominations } = await loadNominee(slug, nomineeSlug);
  const name = nominee.user
    ? `${nominee.user.firstName} ${nominee.user.lastName}`.trim() || nominee.user.username
    : "";
  return (
    <div className="space-y-4">
      <ElectionHeader election={election} heading={name} />
      <p>
        <Link href={`/nominations/elections/${election.slug}/nominees/`}>All nominees</Link>
      </p>
      {nominations.map((n) => (
        <article key={n.id} className="card bg-base-200 p-4">
          <h2 className="text-lg font-semibold">
            {n.linkable ? (
              <Link href={`/nominations/${election.slug}/${n.id}/`}>Nomination {n.id}</Link>
            ) : (
              `Nomination ${n.id}`
            )}
          </h2>
          <NominationDetails
            nomination={n}
            form={election.kind?.nominationForm ?? "board"}
            hidePreviousService={election.hidePreviousService}
          />
        </article>
      ))}
    </div>
  );
}
