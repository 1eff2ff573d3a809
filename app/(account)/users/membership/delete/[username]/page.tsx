import type { Metadata } from "next";
import Link from "next/link";
import { DeleteMembershipForm } from "@/components/membership/membership-actions";
import { loadMembershipDelete } from "@/lib/membership/loaders";

export const metadata: Metadata = { title: "Delete your PSF membership", robots: { index: false } };

type Props = { params: Promise<{ username: string }> };

// apps/users/views.py MembershipDeleteView: own only (403), 404 without a membership; the POST
// (the form's action, on this address) deletes it and goes to the profile.
export default async function MembershipDeletePage({ params }: Props) {
  const { username } = await loadMembershipDelete((await params).username);
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Delete your PSF membership?</h1>
      <p>
        Your PSF Basic membership ends now, your vote with it. Your python.org account stays. You can join
        again at any time.
      </p>
      <DeleteMembershipForm username={username} />
      <p>
        <Link href="/users/membership/edit/">Keep my membership</Link>
      </p>
    </div>
  );
}
