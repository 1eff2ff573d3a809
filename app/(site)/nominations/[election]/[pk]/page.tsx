import type { Metadata } from "next";
import Link from "next/link";
import { ElectionHeader } from "@/components/nominations/election-header";
import { NominationDetails } from "@/components/nominations/nomination-details";
import { loadNomination } from "@/lib/nominations/loaders";

type Props = { params: Promise<{ election: string; pk: string }> };

export const metadata: Metadata = { title: "Nomination", robots: { index: false } };

// apps/nominations NominationView: 404 unless visible (or for another election's id).
export default async function NominationPage({ params }: Props) {
  const { election: slug, pk } = await params;
  const { election, nomination, editable, acceptable } = await loadNomination(slug, pk);
  return (
    <div className="space-y-4">
      <ElectionHeader election={election} heading={`Nomination of ${nomination.name}`} />
      <NominationDetails
        nomination={nomination}
        form={election.kind?.nominationForm ?? "board"}
        hidePreviousService={election.hidePreviousService}
      />
      <p className="space-x-4">
        {editable && (
          <Link className="btn" href={`/nominations/${election.slug}/${nomination.id}/edit/`}>
            Edit this nomination
          </Link>
        )}
        {acceptable && (
          <Link className="btn btn-primary" href={`/nominations/${election.slug}/${nomination.id}/accept/`}>
            Accept or decline
          </Link>
        )}
        <Link href="/users/nominations/">Your nominations</Link>
      </p>
    </div>
  );
}
