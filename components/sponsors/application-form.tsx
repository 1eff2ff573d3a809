"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";

const MAX_CONTACTS = 5;

function Check({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="checkbox checkbox-sm" />
      <span>{label}</span>
    </label>
  );
}

function FileField({
  name,
  label,
  errors,
  hint,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
}) {
  const id = `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="label-text block">
        {label}
      </label>
      <input
        id={id}
        type="file"
        name={name}
        accept="image/png,image/jpeg,image/gif,image/webp"
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className="file-input file-input-bordered w-full"
      />
      {hint && (
        <span id={`${id}-hint`} className="text-base-content/70 block text-sm">
          {hint}
        </span>
      )}
      {errors?.length ? (
        <span id={`${id}-error`} className="text-error block text-sm">
          {errors[0]}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Step 2 (new_sponsorship_application_form.html): one of the user's sponsors or a new one with its
 * logo, and 1–5 contacts (formset prefix `contact`), at least one primary. On success the finish
 * page lists who was sent the confirmation.
 */
export function ApplicationForm({
  action,
  sponsors,
}: {
  action: StatefulAction;
  sponsors: { id: number; name: string }[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  // Sent without React's reset, so a refused form keeps every pick, text and file.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  const [contacts, setContacts] = useState(1);
  const [existing, setExisting] = useState("");
  const v = state.values ?? {};
  const err = (name: string) => state.fields?.[name];
  const field = (
    name: string,
    label: string,
    opts: { type?: string; hint?: string; autoComplete?: string } = {},
  ) => <FormField name={name} label={label} defaultValue={v[name] ?? ""} errors={err(name)} {...opts} />;
  if (state.done)
    return (
      <section aria-labelledby="finished" className="space-y-3" data-testid="application-finished">
        <h2 id="finished" className="text-2xl font-semibold">
          Application submitted
        </h2>
        <p>{state.done} Thank you for supporting the Python Software Foundation.</p>
        <p>We sent a confirmation to: {state.data?.notified}.</p>
        <p>The PSF sponsorship team will be in touch; questions go to sponsors@python.org.</p>
      </section>
    );
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="card bg-base-200 space-y-6 p-6"
      aria-label="Sponsor information"
    >
      <FormAlert text={state.error} />
      <input type="hidden" name="contact-TOTAL_FORMS" value={contacts} />
      {sponsors.length > 0 && (
        <div>
          <label htmlFor="field-sponsorId" className="label-text block">
            Apply for one of your sponsors
          </label>
          <select
            id="field-sponsorId"
            name="sponsorId"
            value={existing}
            onChange={(e) => setExisting(e.target.value)}
            className="select select-bordered w-full"
            aria-describedby={err("sponsorId") ? "field-sponsorId-error" : undefined}
          >
            <option value="">A new sponsor (fill in below)</option>
            {sponsors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {err("sponsorId") && (
            <span id="field-sponsorId-error" className="text-error block text-sm">
              {err("sponsorId")![0]}
            </span>
          )}
        </div>
      )}
      {!existing && (
        <fieldset className="space-y-3">
          <legend className="text-xl font-semibold">Sponsor</legend>
          <p className="text-sm">Fields marked * are required.</p>
          {field("name", "Name *", { autoComplete: "organization" })}
          {field("description", "Description")}
          {field("landingPageUrl", "Landing page URL", { type: "url" })}
          <FileField
            name="webLogo"
            label="Web logo *"
            errors={err("webLogo")}
            hint="PNG, JPEG, GIF or WebP, at most 5 MB."
          />
          <FileField name="whiteLogo" label="White logo" errors={err("whiteLogo")} />
          <FileField name="printLogo" label="Print logo" errors={err("printLogo")} />
          {field("twitterHandle", "Twitter handle")}
          {field("linkedInPageUrl", "LinkedIn page URL", { type: "url" })}
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
      )}
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Contacts</legend>
        {Array.from({ length: contacts }, (_, i) => (
          <div
            key={i}
            className="border-base-300 space-y-2 rounded border p-3"
            role="group"
            aria-label={`Contact ${i + 1}`}
          >
            <FormField
              id={`contact-${i}-name`}
              name={`contact-${i}-name`}
              label={`Contact ${i + 1} name *`}
              defaultValue={v[`contact-${i}-name`] ?? ""}
              errors={err(`contacts.${i}.name`)}
            />
            <FormField
              id={`contact-${i}-email`}
              name={`contact-${i}-email`}
              type="email"
              label={`Contact ${i + 1} email *`}
              defaultValue={v[`contact-${i}-email`] ?? ""}
              errors={err(`contacts.${i}.email`)}
            />
            <FormField
              id={`contact-${i}-phone`}
              name={`contact-${i}-phone`}
              type="tel"
              label={`Contact ${i + 1} phone *`}
              defaultValue={v[`contact-${i}-phone`] ?? ""}
              errors={err(`contacts.${i}.phone`)}
            />
            <div className="flex flex-wrap gap-4">
              <Check name={`contact-${i}-primary`} label="Primary" defaultChecked={i === 0} />
              <Check name={`contact-${i}-administrative`} label="Administrative" />
              <Check name={`contact-${i}-accounting`} label="Accounting" />
            </div>
          </div>
        ))}
        {contacts < MAX_CONTACTS && (
          <button type="button" className="btn btn-sm" onClick={() => setContacts((n) => n + 1)}>
            Add another contact
          </button>
        )}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Submit application
      </button>
    </form>
  );
}
