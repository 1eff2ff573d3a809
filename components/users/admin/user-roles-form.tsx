"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import type { FormState } from "@/lib/actions/types";
import { userRolesAction } from "@/lib/users/admin/actions";
import { AdminField } from "@/components/admin/form-fields";
import { FormDone } from "@/components/admin/model-form";

/** Staff flag, superuser flag (superusers only) and groups; checked again on the server. */
export function UserRolesForm({
  userId,
  isStaff,
  isSuperuser,
  memberOf,
  groups,
  canGrantSuperuser,
}: {
  userId: number;
  isStaff: boolean;
  isSuperuser: boolean;
  memberOf: number[];
  groups: { id: number; name: string }[];
  canGrantSuperuser: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(userRolesAction, {});
  return (
    <form action={action} className="card bg-base-200 max-w-lg space-y-2 p-4">
      <h2 className="text-xl font-semibold">Roles and groups</h2>
      <FormDone text={state.done} />
      <FormAlert text={state.error} />
      <input type="hidden" name="userId" value={userId} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="isStaff" defaultChecked={isStaff} className="checkbox checkbox-sm" />
        Staff (the admin and every staff screen)
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="isSuperuser"
          defaultChecked={isSuperuser}
          disabled={!canGrantSuperuser}
          className="checkbox checkbox-sm"
        />
        Superuser {!canGrantSuperuser && "(only a superuser can change this)"}
      </label>
      {/* A disabled checkbox is not submitted: carry the stored value (the server checks it again). */}
      {!canGrantSuperuser && isSuperuser && <input type="hidden" name="isSuperuser" value="on" />}
      <AdminField
        field={{
          name: "groupIds",
          label: "Groups",
          kind: "checkboxes",
          options: groups.map((g) => ({ value: String(g.id), label: g.name })),
        }}
        value={memberOf.map(String)}
        errors={state.fields?.groupIds}
      />
      <button className="btn btn-primary btn-sm" disabled={pending}>
        Save roles
      </button>
    </form>
  );
}
