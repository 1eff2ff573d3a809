"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

const messages: Record<string, string> = {
  CredentialsSignin: "That username or email and password do not match an active account.",
  RateLimited: "Too many failed attempts. Wait a few minutes and try again.",
  EmailNotVerified: "Confirm your email address first: follow the link in the message we sent you.",
  OAuthEmailUnverified:
    "Your account with that provider has no verified email address. Verify one there, or sign in with a password.",
  AccountDisabled: "This account is disabled.",
  ReauthRequired: "The admin needs a recent sign-in: sign in again to continue.",
  OAuthSignin: "Signing in with that provider failed. Try again.",
  OAuthCallback: "Signing in with that provider failed. Try again.",
  Callback: "Signing in with that provider failed. Try again.",
  AccessDenied: "Signing in with that provider was refused.",
  OAuthAccountNotLinked: "That account is linked to another sign-in method.",
};

/** Username or email plus password; keeps what was typed (except the password) on failure. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState(initialError ? (messages[initialError] ?? "Sign-in failed.") : "");
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError("");
    const res = await signIn("credentials", {
      login: String(form.get("login") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
      callbackUrl,
    }).catch(() => null);
    setPending(false);
    if (res?.ok && !res.error) {
      // callbackUrl is a same-origin path checked by the page; next-auth's absolute url would use
      // NEXTAUTH_URL, which may name another host behind a proxy.
      window.location.assign(callbackUrl);
      return;
    }
    (e.target as HTMLFormElement).querySelector<HTMLInputElement>("input[name=password]")!.value = "";
    setError(
      res?.status === 429
        ? messages.RateLimited!
        : (messages[res?.error ?? ""] ?? messages.CredentialsSignin!),
    );
  }

  return (
    <form onSubmit={onSubmit} className="card bg-base-200 max-w-md space-y-3 p-6" noValidate>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <label className="form-control block">
        <span className="label-text">Username or email</span>
        <input name="login" autoComplete="username" required className="input input-bordered w-full" />
      </label>
      <label className="form-control block">
        <span className="label-text">Password</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="input input-bordered w-full"
        />
      </label>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
