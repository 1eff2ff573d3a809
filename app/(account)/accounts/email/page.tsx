import type { Metadata } from "next";
import Link from "next/link";
import { ChangeEmailForm } from "@/components/users/settings-forms";
import { loadOwnSettings } from "@/lib/users/loaders";

export const metadata: Metadata = { title: "Change your email address", robots: { index: false } };

export default async function ChangeEmailPage() {
  const { email, hasPassword } = await loadOwnSettings("/accounts/email/");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Change your email address</h1>
      {hasPassword ? (
        <ChangeEmailForm email={email} />
      ) : (
        <p className="alert alert-info">
          Your account signs in through GitHub or Google and has no password. Set one first with{" "}
          <Link href="/accounts/password/reset/">a reset link</Link>, then change your address here.
        </p>
      )}
    </div>
  );
}
