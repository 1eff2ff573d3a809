import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { MembershipForm } from "@/components/membership/membership-form";
import { loadMembershipEdit } from "@/lib/membership/loaders";
import { membershipTypeName } from "@/lib/membership/utils";

export const metadata: Metadata = { title: "Edit your PSF Basic membership", robots: { index: false } };

// apps/users/views.py MembershipUpdate (404 without a membership) and MembershipDeleteView.
export default async function MembershipEditPage() {
  const { membership: m, username, needsAffirmation } = await loadMembershipEdit();
  const on = (b: boolean | null) => (b ? "on" : "");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Edit your PSF {membershipTypeName(m.membershipType)} membership</h1>
      <p>
        Member since <DateTime value={m.created} />.
        {m.votes && m.lastVoteAffirmation && (
          <>
            {" "}
            Vote last affirmed <DateTime value={m.lastVoteAffirmation} />.
          </>
        )}
      </p>
      {needsAffirmation && (
        <p role="status" className="alert alert-warning">
          It has been more than a year since you affirmed your vote.{" "}
          <Link href="/users/membership/affirm/">Affirm your voting membership</Link>
        </p>
      )}
      <MembershipForm
        mode="edit"
        initial={{
          legalName: m.legalName,
          preferredName: m.preferredName,
          emailAddress: m.emailAddress,
          city: m.city,
          region: m.region,
          country: m.country,
          postalCode: m.postalCode,
          votes: on(m.votes),
          psfAnnouncements: on(m.psfAnnouncements),
        }}
      />
      <h2 className="text-xl font-semibold">Leave the PSF</h2>
      <p>
        <Link
          href={`/users/membership/delete/${encodeURIComponent(username)}/`}
          className="btn btn-error btn-outline"
        >
          Delete my membership
        </Link>
      </p>
    </div>
  );
}
