"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Honeypot } from "@/components/ui/honeypot";
import { FormField } from "@/components/ui/form-field";
import { changePasswordAction, setPasswordAction } from "@/lib/users/accounts/actions";
import type { FormState } from "@/lib/actions/types";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        Your password is changed and every session is signed out, this one included.{" "}
        <Link href="/accounts/login/">Sign in again</Link>
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
        name="current"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={state.fields?.current}
      />
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
      <Honeypot />
      <button className="btn btn-primary" disabled={pending}>
        Change password
      </button>
    </form>
  );
}

/** allauth PasswordSetView: the first password of an account that signed up through GitHub or Google. */
export function SetPasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(setPasswordAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        Your password is set. From now on you can also sign in with your username and this password.{" "}
        <Link href="/users/edit/">Back to your profile</Link>
      </p>
    );
  return (
    <form action={action} className="card bg-base-200 max-w-md space-y-3 p-6" noValidate>
      {state.error && (
        <p role="alert" className="text-error">
          {state.error}
          {state.redirectTo && (
            <>
              {" "}
              <Link href={state.redirectTo}>Change your password</Link>
            </>
          )}
        </p>
      )}
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
        Set password
      </button>
    </form>
  );
}
