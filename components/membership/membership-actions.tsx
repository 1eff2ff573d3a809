"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState } from "@/lib/actions/types";
import { affirmVoteAction, deleteMembershipAction } from "@/lib/membership/actions";

function useFollow(state: FormState) {
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
}

/** MembershipVoteAffirm's POST: a button, never a link. */
export function AffirmVoteForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(affirmVoteAction, {});
  useFollow(state);
  return (
    <form action={action} className="space-y-3">
      <FormAlert text={state.error} />
      <button className="btn btn-primary" disabled={pending}>
        I affirm that I want to keep voting
      </button>
    </form>
  );
}

/**
 * MembershipDeleteView's POST, on its confirmation page (/users/membership/delete/<username>/):
 * the action deletes and redirects to the profile from the server, with a relative address.
 */
export function DeleteMembershipForm({ username }: { username: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteMembershipAction, {});
  useFollow(state);
  return (
    <form action={action} className="space-y-3">
      <FormAlert text={state.error} />
      <input type="hidden" name="username" value={username} />
      <button className="btn btn-error" disabled={pending}>
        Yes, delete my membership
      </button>
    </form>
  );
}
