"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Honeypot } from "@/components/ui/honeypot";
import { FormField } from "@/components/ui/form-field";
import type { FormState } from "@/lib/actions/types";
import { COC_REQUIRED } from "@/lib/membership/constants";
import { createMembershipAction, updateMembershipAction } from "@/lib/membership/actions";

type Initial = Partial<Record<string, string>>;

const TEXT_FIELDS = [
  { name: "legalName", label: "Legal name", autoComplete: "name" },
  { name: "preferredName", label: "Preferred name", autoComplete: "nickname" },
  { name: "emailAddress", label: "Email address", autoComplete: "email", type: "email" },
  { name: "city", label: "City", autoComplete: "address-level2" },
  { name: "region", label: "State, province or region", autoComplete: "address-level1" },
  { name: "country", label: "Country", autoComplete: "country-name" },
  { name: "postalCode", label: "Postal code", autoComplete: "postal-code" },
] as const;

/** MembershipForm (create, with the code of conduct) and MembershipUpdateForm (edit, without). */
export function MembershipForm({ mode, initial }: { mode: "create" | "edit"; initial: Initial }) {
  const router = useRouter();
  const [state, action, pending] = useActionState<FormState, FormData>(
    mode === "create" ? createMembershipAction : updateMembershipAction,
    {},
  );
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  const v = state.values ?? initial;
  const cocErrors = state.fields?.psfCodeOfConduct;
  return (
    <form action={action} className="card bg-base-200 max-w-xl space-y-3 p-6" noValidate>
      <FormAlert text={state.error} />
      {TEXT_FIELDS.map((f) => (
        <FormField
          key={f.name}
          name={f.name}
          label={f.label}
          type={"type" in f ? f.type : "text"}
          autoComplete={f.autoComplete}
          defaultValue={v[f.name]}
          errors={state.fields?.[f.name]}
        />
      ))}
      {mode === "create" && (
        <div>
          <label htmlFor="field-psfCodeOfConduct" className="label-text block">
            I agree to the PSF Code of Conduct
          </label>
          <select
            id="field-psfCodeOfConduct"
            name="psfCodeOfConduct"
            defaultValue={v.psfCodeOfConduct ?? ""}
            aria-invalid={cocErrors?.length ? true : undefined}
            aria-describedby="field-psfCodeOfConduct-hint"
            className={`select select-bordered w-full ${cocErrors?.length ? "select-error" : ""}`}
          >
            <option value=""></option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
          <span id="field-psfCodeOfConduct-hint" className="text-base-content/70 block text-sm">
            Read the <a href="https://policies.python.org/python.org/code-of-conduct/">PSF Code of Conduct</a>. {COC_REQUIRED}
          </span>
          {cocErrors?.length ? (
            <span id="field-psfCodeOfConduct-error" role="alert" className="text-error block text-sm">
              {cocErrors[0]}
            </span>
          ) : null}
        </div>
      )}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="votes" defaultChecked={v.votes === "on"} className="checkbox" />
        <span>I would like to be a PSF Voting Member</span>
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="psfAnnouncements"
          defaultChecked={v.psfAnnouncements === "on"}
          className="checkbox"
        />
        <span>Subscribe me to the PSF members announcements list</span>
      </label>
      <Honeypot />
      <button className="btn btn-primary" disabled={pending}>
        {mode === "create" ? "Become a PSF Basic member" : "Save my membership"}
      </button>
    </form>
  );
}
