"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Honeypot } from "@/components/ui/honeypot";
import { FormField } from "@/components/ui/form-field";
import { deleteAccountAction, updateProfileAction } from "@/lib/users/actions";
import { changeEmailAction, confirmEmailChangeAction } from "@/lib/users/accounts/actions";
import type { FormState } from "@/lib/actions/types";

type Settings = {
  username: string;
  bio: string;
  firstName: string;
  lastName: string;
  searchVisibility: number;
  emailPrivacy: number;
  publicProfile: boolean;
};

/** Names and privacy settings; what was typed stays after an error. */
export function ProfileForm({ settings }: { settings: Settings }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateProfileAction, {});
  const v = state.values ?? {
    username: settings.username,
    bio: settings.bio,
    firstName: settings.firstName,
    lastName: settings.lastName,
    searchVisibility: String(settings.searchVisibility),
    emailPrivacy: String(settings.emailPrivacy),
    publicProfile: settings.publicProfile ? "on" : "",
  };
  return (
    <form action={action} className="card bg-base-200 max-w-xl space-y-3 p-6" noValidate>
      {state.done && !state.error && (
        <p role="status" className="alert alert-success">
          Your profile is saved.{" "}
          <Link href={`/users/${encodeURIComponent(state.data?.username ?? settings.username)}/`}>
            View it
          </Link>
        </p>
      )}
      <FormAlert text={state.error} />
      <FormField
        name="username"
        label="Username"
        autoComplete="username"
        defaultValue={v.username}
        errors={state.fields?.username}
        hint="Your profile's address is /users/<username>/. Letters, digits and @ . + - _ only."
      />
      <FormField
        name="firstName"
        label="First name"
        defaultValue={v.firstName}
        errors={state.fields?.firstName}
      />
      <FormField
        name="lastName"
        label="Last name"
        defaultValue={v.lastName}
        errors={state.fields?.lastName}
      />
      <div className="block">
        <label htmlFor="field-bio" className="label-text block">
          About you
        </label>
        <textarea
          id="field-bio"
          name="bio"
          rows={5}
          defaultValue={v.bio}
          aria-invalid={state.fields?.bio?.length ? true : undefined}
          aria-describedby={state.fields?.bio?.length ? "field-bio-error field-bio-hint" : "field-bio-hint"}
          className={`textarea textarea-bordered w-full ${state.fields?.bio?.length ? "textarea-error" : ""}`}
        />
        <p id="field-bio-hint" className="text-sm">
          Markdown; shown on your public profile.
        </p>
        {state.fields?.bio?.map((m) => (
          <p key={m} id="field-bio-error" className="text-error text-sm">
            {m}
          </p>
        ))}
      </div>
      <label className="block">
        <span className="label-text block">Who can find your profile</span>
        <select
          name="searchVisibility"
          defaultValue={v.searchVisibility}
          className="select select-bordered w-full"
        >
          <option value="1">Everyone (listed and searchable)</option>
          <option value="0">Nobody but me</option>
        </select>
      </label>
      <label className="block">
        <span className="label-text block">Who can see your email address</span>
        <select name="emailPrivacy" defaultValue={v.emailPrivacy} className="select select-bordered w-full">
          <option value="0">Everyone</option>
          <option value="1">Signed-in users only</option>
          <option value="2">Nobody</option>
        </select>
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="publicProfile"
          defaultChecked={v.publicProfile === "on"}
          className="checkbox"
        />
        <span>Show my profile page to others</span>
      </label>
      <Honeypot />
      <button className="btn btn-primary" disabled={pending}>
        Save profile
      </button>
    </form>
  );
}

export function ChangeEmailForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeEmailAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        We sent a confirmation link to {state.values?.email}. Your address changes when you open it.
      </p>
    );
  return (
    <form action={action} className="card bg-base-200 max-w-md space-y-3 p-6" noValidate>
      <p>
        Your address now: <strong>{email}</strong>
      </p>
      <FormAlert text={state.error} />
      <FormField
        name="email"
        label="New email address"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        errors={state.fields?.email}
      />
      <FormField
        name="current"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={state.fields?.current}
      />
      <button className="btn btn-primary" disabled={pending}>
        Change email address
      </button>
    </form>
  );
}

/** A button, not a GET: following a link must not change anything (AC-CSRF-2). */
export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(confirmEmailChangeAction, {});
  if (state.done)
    return (
      <p role="status" className="alert alert-success">
        Your new email address is confirmed and now in use.
      </p>
    );
  return (
    <form action={action} className="space-y-3">
      <FormAlert text={state.error} />
      <input type="hidden" name="token" value={token} />
      <button className="btn btn-primary" disabled={pending}>
        Use this email address
      </button>
    </form>
  );
}

/** Deletion asks twice: the confirmation field, then the browser dialog. */
export function DeleteAccountForm({ hasPassword, username }: { hasPassword: boolean; username: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAccountAction, {});
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The account is gone: drop the session cookie and leave.
    if (state.done) void signOut({ callbackUrl: "/" });
  }, [state.done]);
  if (state.done)
    return (
      <p role="status" className="alert alert-info">
        Your account is deleted.
      </p>
    );
  return (
    <form ref={form} action={action} className="card border-error max-w-md space-y-3 border p-6" noValidate>
      <p>
        Deleting your account cannot be undone. Pages, jobs or stories you submitted stay on the site without
        your name.
      </p>
      <FormAlert text={state.error} />
      <FormField
        name="confirmation"
        label={hasPassword ? "Current password" : `Type your username (${username})`}
        type={hasPassword ? "password" : "text"}
        autoComplete={hasPassword ? "current-password" : "off"}
        errors={state.fields?.confirmation}
      />
      <button
        type="button"
        className="btn btn-error"
        disabled={pending}
        onClick={() => dialog.current?.showModal()}
      >
        Delete my account
      </button>
      <dialog ref={dialog} className="modal" aria-labelledby="delete-account-title">
        <div className="modal-box space-y-3">
          <h3 id="delete-account-title" className="text-lg font-bold">
            Delete your account for good?
          </h3>
          <div className="modal-action">
            <button type="button" className="btn" onClick={() => dialog.current?.close()}>
              Keep my account
            </button>
            <button
              type="button"
              className="btn btn-error"
              onClick={() => {
                dialog.current?.close();
                form.current?.requestSubmit();
              }}
            >
              Yes, delete it
            </button>
          </div>
        </div>
      </dialog>
    </form>
  );
}
