"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";

/**
 * allauth ReauthenticateView: the password of the signed-in account only (the username is
 * known). A fresh sign-in of the same account renews the session's sign-in time; then back to
 * `next`, a same-origin path the page checked.
 */
export function ReauthenticateForm({ username, next }: { username: string; next: string }) {
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setPending(true);
    setError("");
    const res = await signIn("credentials", {
      login: username,
      password: String(new FormData(form).get("password") ?? ""),
      redirect: false,
      callbackUrl: next,
    }).catch(() => null);
    if (res?.ok && !res.error) {
      window.location.assign(next);
      return;
    }
    setPending(false);
    form.querySelector<HTMLInputElement>("input[name=password]")!.value = "";
    setError(
      res?.status === 429
        ? "Too many failed attempts. Wait a few minutes and try again."
        : "That is not your password.",
    );
  }

  return (
    <form onSubmit={onSubmit} className="card bg-base-200 max-w-md space-y-3 p-6" noValidate>
      <FormAlert text={error} />
      <input type="hidden" name="username" value={username} autoComplete="username" />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Confirming…" : "Confirm"}
      </button>
    </form>
  );
}
