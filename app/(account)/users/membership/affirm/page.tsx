import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { AffirmVoteForm } from "@/components/membership/membership-actions";
import { loadVoteAffirm } from "@/lib/membership/loaders";

export const metadata: Metadata = { title: "Affirm your voting membership", robots: { index: false } };

// apps/users/views.py MembershipVoteAffirm (members only here: python.org errors for anyone else).
export default async function VoteAffirmPage() {
  const { membership, needsAffirmation } = await loadVoteAffirm();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Affirm your voting membership</h1>
      <p>
        PSF voting members confirm once a year that they want to keep voting, so that the quorum of each election
        counts only people who take part.
      </p>
      {membership.lastVoteAffirmation ? (
        <p>
          You last affirmed on <DateTime value={membership.lastVoteAffirmation} />
          {needsAffirmation ? ", more than a year ago." : "."}
        </p>
      ) : (
        <p>You have not affirmed your vote yet.</p>
      )}
      <AffirmVoteForm />
    </div>
  );
}
