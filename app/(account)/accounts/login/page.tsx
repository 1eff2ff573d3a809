import type { Metadata } from "next";
import Link from "next/link";
import { OAuthButtons } from "@/components/users/oauth-buttons";
import { SignInForm } from "@/components/users/sign-in-form";
import { sameOriginPath } from "@/lib/platform/http/safe-redirect";
import { loadOAuthProviders } from "@/lib/users/accounts/loaders";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; next?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, next, error } = await searchParams;
  const destination = sameOriginPath(callbackUrl ?? next);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={destination} initialError={error} />
      <OAuthButtons providers={loadOAuthProviders()} callbackUrl={destination} />
      <p className="space-x-4">
        <Link href="/accounts/password/reset/">Forgot your password?</Link>
        <Link href="/accounts/signup/">Create an account</Link>
      </p>
    </div>
  );
}
