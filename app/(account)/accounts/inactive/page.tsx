import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account inactive", robots: { index: false } };

// allauth account/account_inactive.html: where an inactive account's sign-in ends.
export default function AccountInactivePage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">This account is inactive</h1>
      <p>
        The account you tried to sign in with has been deactivated. If you think this is a mistake, write to{" "}
        <a href="mailto:webmaster@python.org">webmaster@python.org</a> from the address the account uses.
      </p>
      <p>
        <Link href="/">Back to python.org</Link>
      </p>
    </div>
  );
}
