import type { Metadata } from "next";
import Link from "next/link";
import { ResendConfirmationForm } from "@/components/users/token-forms";
import { loadEmailConfirmation } from "@/lib/users/accounts/loaders";

export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false } };

// allauth ConfirmEmailView without a key: send the confirmation link again.
export default async function ResendConfirmationPage() {
  const { email, verified } = await loadEmailConfirmation();
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Confirm your email address</h1>
      {verified ? (
        <p role="status" className="alert alert-success">
          Your address {email} is confirmed: there is nothing left to do.{" "}
          <Link href="/users/edit/">Back to your profile</Link>
        </p>
      ) : (
        <>
          <p>
            Your address <strong>{email}</strong> is not confirmed yet. We can send the link to it again; it
            is valid for 24 hours.
          </p>
          <ResendConfirmationForm email={email} />
        </>
      )}
    </div>
  );
}
