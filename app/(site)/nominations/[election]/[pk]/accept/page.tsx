import type { Metadata } from "next";
import { ElectionHeader } from "@/components/nominations/election-header";
import { AcceptNominationForm } from "@/components/nominations/accept-form";
import { NominationDetails } from "@/components/nominations/nomination-details";
import { loadNominationAccept } from "@/lib/nominations/loaders";

type Props = { params: Promise<{ election: string; pk: string }> };

export const metadata: Metadata = { title: "Accept a nomination", robots: { index: false } };

// apps/nominations NominationAccept: only the nominee, while nominations are open (403 otherwise).
export default async function NominationAcceptPage({ params }: Props) {
  const { election: slug, pk } = await params;
  const { election, nomination } = await loadNominationAccept(slug, pk);
  return (
    <div className="space-y-4">
      <ElectionHeader election={election} heading="Accept your nomination" />
      <NominationDetails
        nomination={nomination}
        form={election.kind?.nominationForm ?? "board"}
        hidePreviousService={election.hidePreviousService}
      />
      <AcceptNominationForm election={election.slug} id={nomination.id} accepted={nomination.accepted} />
    </div>
  );
}
