"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState } from "@/lib/actions/types";
import { acceptNominationAction } from "@/lib/nominations/actions";

/** NominationAcceptForm: the nominee's one field, `accepted`. */
export function AcceptNominationForm({
  election,
  id,
  accepted,
}: {
  election: string;
  id: number;
  accepted: boolean;
}) {
  const router = useRouter();
  const [state, action, pending] = useActionState<FormState, FormData>(acceptNominationAction, {});
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  return (
    <form action={action} className="card bg-base-200 max-w-xl space-y-3 p-6">
      <FormAlert text={state.error} />
      <input type="hidden" name="election" value={election} />
      <input type="hidden" name="id" value={id} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="accepted" className="checkbox" defaultChecked={accepted} />
        <span>I accept this nomination</span>
      </label>
      <button className="btn btn-primary" disabled={pending}>
        Save
      </button>
    </form>
  );
}
