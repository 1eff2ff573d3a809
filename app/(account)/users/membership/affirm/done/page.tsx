import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Vote affirmed", robots: { index: false } };

// templates/users/membership_vote_affirm_done.html
export default function VoteAffirmDonePage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Your vote is affirmed</h1>
      <p>Thank you. You stay a voting member of the PSF for another year.</p>
      <p>
        <Link href="/users/membership/edit/">Back to your membership</Link>
      </p>
    </div>
  );
}
