import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Password reset sent", robots: { index: false } };

// allauth account/password_reset_done.html (the same answer for known and unknown addresses).
export default function PasswordResetDonePage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Check your email</h1>
      <p>
        If an account uses the address you gave, we have sent it a link to choose a new password. The link works
        once and expires soon; ask for <Link href="/accounts/password/reset/">another one</Link> if it does not
        arrive within a few minutes.
      </p>
    </div>
  );
}
