"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";

const MAX_CONTACTS = 5;

type Contact = {
  id: number;
  name: string;
  email: string;
  phone: string;
  primary: boolean;
  administrative: boolean;
  accounting: boolean;
};
type Sponsor = Record<string, unknown> & { id: number; name: string; contacts: Contact[] };

function Check({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="checkbox checkbox-sm" />
      <span>{label}</span>
    </label>
  );
}

const LOGOS = [
  ["webLogo", "Web logo", "For display on our sponsor webpage. High resolution PNG or JPG."],
  ["whiteLogo", "White logo", "For display on dark backgrounds (e.g. PyPI footer). Transparent PNG."],
  ["printLogo", "Print logo", "For printed materials, signage, and projection."],
] as const;

/**
 * SponsorUpdateForm (§5.8): the sponsor's fields (the name read-only), logos optional (the stored
 * ones kept), and its contacts as the `contact` formset: each editable or deleted, up to five, at
 * least one primary.
 */
export function SponsorInfoForm({
  sponsor,
  logoUrls,
  action,
}: {
  sponsor: Sponsor;
  logoUrls: Record<string, string>;
  action: StatefulAction;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  // Sent without React's reset, so a refused form keeps what was typed.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  // Extra (new) contact rows; a save re-renders the page with the stored contacts, so the rows
  // added before it go (they are stored ones now).
  const [added, setAdded] = useState<{ at: FormState; n: number }>({
    at: state,
    n: sponsor.contacts.length ? 0 : 1,
  });
  const extra = state.done && added.at !== state ? 0 : added.n;
  const total = sponsor.contacts.length + extra;
  const v = state.values;
  const err = (name: string) => state.fields?.[name];
  const initial = (name: string) => (v ? (v[name] ?? "") : String(sponsor[name] ?? ""));
  const field = (
    name: string,
    label: string,
    opts: { type?: string; hint?: string; autoComplete?: string } = {},
  ) => <FormField name={name} label={label} defaultValue={initial(name)} errors={err(name)} {...opts} />;
  const rows = Array.from({ length: total }, (_, i) => sponsor.contacts[i] ?? null);
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="card bg-base-200 space-y-6 p-6"
      aria-label="Sponsor information"
    >
      {state.done && (
        <p role="status" className="text-success">
          {state.done}
        </p>
      )}
      <FormAlert text={state.error} />
      <input type="hidden" name="sponsorId" value={sponsor.id} />
      <input type="hidden" name="contact-TOTAL_FORMS" value={total} />
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">Sponsor</legend>
        <div>
          <label htmlFor="field-name" className="label-text block">
            Name
          </label>
          <input
            id="field-name"
            name="name"
            readOnly
            value={sponsor.name}
            className="input input-bordered w-full"
          />
        </div>
        {field("description", "Description")}
        {field("landingPageUrl", "Landing page URL", { type: "url" })}
        {field("twitterHandle", "Twitter handle")}
        {field("linkedInPageUrl", "LinkedIn page URL", { type: "url" })}
        {LOGOS.map(([name, label, hint]) => (
          <div key={name}>
            <label htmlFor={`field-${name}`} className="label-text block">
              {label}
            </label>
            <input
              id={`field-${name}`}
              type="file"
              name={name}
              accept="image/png,image/jpeg,image/gif,image/webp"
              aria-describedby={`field-${name}-hint${err(name) ? ` field-${name}-error` : ""}`}
              className="file-input file-input-bordered w-full"
            />
            <span id={`field-${name}-hint`} className="text-base-content/70 block text-sm">
              {hint}{" "}
              {logoUrls[name] ? (
                <a className="link" href={logoUrls[name]}>
                  Current {label.toLowerCase()}
                </a>
              ) : (
                "None uploaded yet."
              )}
            </span>
            {err(name) && (
              <span id={`field-${name}-error`} className="text-error block text-sm">
                {err(name)![0]}
              </span>
            )}
          </div>
        ))}
        {field("primaryPhone", "Primary phone *", { type: "tel", autoComplete: "tel" })}
        {field("mailingAddressLine1", "Mailing address *", { autoComplete: "address-line1" })}
        {field("mailingAddressLine2", "Mailing address, line 2", { autoComplete: "address-line2" })}
        {field("city", "City *", { autoComplete: "address-level2" })}
        {field("state", "State, province or region", { autoComplete: "address-level1" })}
        {field("postalCode", "Postal code *", { autoComplete: "postal-code" })}
        {field("country", "Country (two-letter code) *", {
          hint: "ISO 3166 code, e.g. US, DE, BR.",
          autoComplete: "country",
        })}
        {field("stateOfIncorporation", "State of incorporation")}
        {field("countryOfIncorporation", "Country of incorporation (two-letter code)")}
      </fieldset>
      <fieldset className="space-y-4" key={sponsor.contacts.map((c) => c.id).join("-")}>
        <legend className="text-xl font-semibold">Contacts</legend>
        {rows.map((c, i) => {
          const val = (f: keyof Contact) => (v ? (v[`contact-${i}-${f}`] ?? "") : c ? String(c[f]) : "");
          const checked = (f: "primary" | "administrative" | "accounting") =>
            v ? v[`contact-${i}-${f}`] === "on" : Boolean(c?.[f]);
          return (
            <div
              key={i}
              className="border-base-300 space-y-2 rounded border p-3"
              role="group"
              aria-label={`Contact ${i + 1}`}
            >
              {c && <input type="hidden" name={`contact-${i}-id`} value={c.id} />}
              <FormField
                id={`contact-${i}-name`}
                name={`contact-${i}-name`}
                label={`Contact ${i + 1} name *`}
                defaultValue={val("name")}
                errors={err(`contacts.${i}.name`)}
              />
              <FormField
                id={`contact-${i}-email`}
                name={`contact-${i}-email`}
                type="email"
                label={`Contact ${i + 1} email *`}
                defaultValue={val("email")}
                errors={err(`contacts.${i}.email`)}
              />
              <FormField
                id={`contact-${i}-phone`}
                name={`contact-${i}-phone`}
                type="tel"
                label={`Contact ${i + 1} phone *`}
                defaultValue={val("phone")}
                errors={err(`contacts.${i}.phone`)}
              />
              <div className="flex flex-wrap gap-4">
                <Check name={`contact-${i}-primary`} label="Primary" defaultChecked={checked("primary")} />
                <Check
                  name={`contact-${i}-administrative`}
                  label="Administrative"
                  defaultChecked={checked("administrative")}
                />
                <Check
                  name={`contact-${i}-accounting`}
                  label="Accounting"
                  defaultChecked={checked("accounting")}
                />
                {c && <Check name={`contact-${i}-DELETE`} label={`Delete contact ${i + 1}`} />}
              </div>
            </div>
          );
        })}
        {total < MAX_CONTACTS && (
          <button type="button" className="btn btn-sm" onClick={() => setAdded({ at: state, n: extra + 1 })}>
            Add another contact
          </button>
        )}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Save sponsor information
      </button>
    </form>
  );
}
