"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/types";
import { linkNomineeAction } from "@/lib/nominations/admin/actions";

/** Staff link a third-party nomination to the nominee's account (then the nominee can accept). */
export function LinkNomineeForm({ electionId, id }: { electionId: number; id: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(linkNomineeAction, {});
  return (
    <form action={action} className="flex items-center gap-1">
      <input type="hidden" name="electionId" value={electionId} />
      <input type="hidden" name="id" value={id} />
      <label className="sr-only" htmlFor={`link-${id}`}>
        Nominee&apos;s username for nomination {id}
      </label>
      <input
        id={`link-${id}`}
        name="username"
        placeholder="username"
        className="input input-bordered input-xs w-28"
        aria-invalid={state.fields?.username ? true : undefined}
      />
      <button className="btn btn-xs" disabled={pending}>
        Link
      </button>
      {(state.error || state.done) && (
        <span role="status" className={state.error ? "text-error text-xs" : "text-xs"}>
          {state.fields?.username?.[0] ?? state.error ?? state.done}
        </span>
      )}
    </form>
  );
}
