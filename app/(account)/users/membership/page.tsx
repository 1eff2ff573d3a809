import type { Metadata } from "next";
import { MembershipForm } from "@/components/membership/membership-form";
import { loadMembershipCreate } from "@/lib/membership/loaders";

export const metadata: Metadata = { title: "Become a PSF Basic member", robots: { index: false } };

// apps/users/views.py MembershipCreate: members go to their edit page; the email is prefilled.
export default async function MembershipCreatePage() {
  const { email } = await loadMembershipCreate();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Become a PSF Basic member</h1>
      <p className="max-w-xl">
        Basic membership is free. Tell us the name you go by and where you live; the PSF uses it for its member
        roll and for the annual meeting.
      </p>
      <MembershipForm mode="create" initial={{ emailAddress: email }} />
    </div>
  );
}
