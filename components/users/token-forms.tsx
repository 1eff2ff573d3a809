"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import {
  confirmEmailAction,
  requestResetAction,
  resendConfirmationAction,
  resetPasswordAction,
} from "@/lib/users/accounts/actions";
import type { FormState } from "@/lib/actions/types";

/** A button, not a GET: following a link must not change anything (AC-CSRF-2). */
export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(confirmEmailAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        Your email address is confirmed. <Link href="/accounts/login/">Sign in</Link>
      </p>
    );
  return (
    <form action={action} className="space-y-3">
      <FormAlert text={state.error} />
      <input type="hidden" name="token" value={token} />
      <button className="btn btn-primary" disabled={pending}>
        Confirm my email address
      </button>
    </form>
  );
}

/** /accounts/confirm-email/ without a key: asks for a fresh link to the account's address. */
export function ResendConfirmationForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resendConfirmationAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        {state.done} Open the link in the mail sent to {email}.
      </p>
    );
  return (
    <form action={action} className="space-y-3">
      <FormAlert text={state.error} />
      <button className="btn btn-primary" disabled={pending}>
        Send the confirmation link again
      </button>
    </form>
  );
}

export function ResetRequestForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(requestResetAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        If an account uses that address, we sent it a link to choose a new password. It is valid for an hour.
      </p>
    );
  return (
    <form action={action} className="card bg-base-200 max-w-md space-y-3 p-6" noValidate>
      <FormAlert text={state.error} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        errors={state.fields?.email}
      />
      <button className="btn btn-primary" disabled={pending}>
        Send the link
      </button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        Your password is changed and other sessions are signed out.{" "}
        <Link href="/accounts/login/">Sign in</Link>
      </p>
    );
  return (
    <form action={action} className="card bg-base-200 max-w-md space-y-3 p-6" noValidate>
      <FormAlert text={state.error} />
      <input type="hidden" name="token" value={token} />
      <FormField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        errors={state.fields?.password}
      />
      <FormField
        name="password2"
        label="New password again"
        type="password"
        autoComplete="new-password"
        errors={state.fields?.password2}
      />
      <button className="btn btn-primary" disabled={pending}>
        Set the new password
      </button>
    </form>
  );
}
