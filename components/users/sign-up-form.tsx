"use client";

import { useActionState } from "react";
import { Honeypot } from "@/components/ui/honeypot";
import { FormField } from "@/components/ui/form-field";
import { signUpAction } from "@/lib/users/accounts/actions";
import type { FormState } from "@/lib/actions/types";

/** `outboxHint`: no mail server in development, so say where the mail went. */
export function SignUpForm({ outboxHint = false }: { outboxHint?: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        Check your email: we sent a link to confirm your address. It is valid for 24 hours.
        {outboxHint && (
          <span data-testid="outbox-hint" className="mt-1 block text-sm">
            No mail server is configured (SMTP_URL), so the message was not sent: it is printed in
            the terminal that runs <code>npm run dev</code>, link included, and kept in the outbox.
          </span>
        )}
      </p>
    );
  return (
    <form action={action} className="card bg-base-200 max-w-md space-y-3 p-6" noValidate>
      {state.error && (
        <p role="alert" className="text-error">
          {state.error}
        </p>
      )}
      <FormField
        name="username"
        label="Username"
        autoComplete="username"
        defaultValue={state.values?.username}
        errors={state.fields?.username}
      />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        errors={state.fields?.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters; a passphrase works well."
        errors={state.fields?.password}
      />
      <FormField
        name="password2"
        label="Password again"
        type="password"
        autoComplete="new-password"
        errors={state.fields?.password2}
      />
      <Honeypot />
      <button className="btn btn-primary" disabled={pending}>
        Create account
      </button>
    </form>
  );
}
