import type { Metadata } from "next";
import Link from "next/link";
import { OAuthButtons } from "@/components/users/oauth-buttons";
import { ReauthenticateForm } from "@/components/users/reauthenticate-form";
import { loadReauthenticate } from "@/lib/users/accounts/loaders";

export const metadata: Metadata = { title: "Confirm it is you", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string }> };

// allauth ReauthenticateView: asked by the 12-hour rule (AC-SESS-4) of the admin and its actions.
export default async function ReauthenticatePage({ searchParams }: Props) {
  const { username, hasPassword, providers, next } = await loadReauthenticate((await searchParams).next);
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Confirm it is you</h1>
      <p>
        You signed in as <strong>{username}</strong> more than 12 hours ago. This page needs a recent sign-in.
      </p>
      {hasPassword ? (
        <ReauthenticateForm username={username} next={next} />
      ) : providers.length ? (
        <>
          <p>Your account has no password: confirm through the provider you signed up with.</p>
          <OAuthButtons providers={providers} callbackUrl={next} />
        </>
      ) : (
        <p role="status" className="alert alert-warning">
          Your account has no password, and signing in through GitHub or Google is not available here now.{" "}
          <Link href="/accounts/password/reset/">Choose a password by email</Link>, then come back.
        </p>
      )}
    </div>
  );
}
