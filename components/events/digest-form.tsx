"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState } from "@/lib/actions/types";
import { setDigestAction } from "@/lib/events/actions";

/** The opt-in to the daily mail of the next day's events, on the profile settings page. */
export function DigestForm({ subscribed }: { subscribed: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setDigestAction, {});
  const checked = state.values ? state.values.digest === "on" : subscribed;
  return (
    <form action={action} className="card bg-base-200 max-w-xl space-y-3 p-6" noValidate aria-labelledby="digest-heading">
      <h2 id="digest-heading" className="text-xl font-semibold">
        Events
      </h2>
      {state.done && !state.error && (
        <p role="status" className="text-success">
          {state.done}
        </p>
      )}
      <FormAlert text={state.error} />
      {/* Not daisyUI's .label: its muted colour fails contrast in the light theme (axe). */}
      <label className="flex cursor-pointer items-center gap-3">
        <input type="checkbox" name="digest" className="checkbox" defaultChecked={checked} key={String(checked)} />
        <span>Mail me the next day&apos;s Python events every day</span>
      </label>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Save event mail setting
      </button>
    </form>
  );
}
