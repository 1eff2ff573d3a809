import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Password changed", robots: { index: false } };

// allauth account/password_reset_from_key_done.html
export default function PasswordResetKeyDonePage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Your password is changed</h1>
      <p>
        You can now <Link href="/accounts/login/">sign in</Link> with your new password.
      </p>
    </div>
  );
}
