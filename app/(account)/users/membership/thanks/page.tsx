import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

// templates/users/membership_thanks.html
export default function MembershipThanksPage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Thank you for supporting the PSF</h1>
      <p>Your membership details are saved. You can change them at any time from your membership page.</p>
      <p className="space-x-4">
        <Link href="/users/membership/edit/">Edit your PSF Basic membership</Link>
        <Link href="/psf-landing/">Back to the PSF</Link>
      </p>
    </div>
  );
}
