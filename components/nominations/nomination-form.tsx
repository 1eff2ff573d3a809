"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState } from "@/lib/actions/types";
import {
  ACKNOWLEDGMENTS,
  ACK_LABELS,
  PREVIOUS_SERVICE_LABEL,
  type NominationFormKind,
} from "@/lib/nominations/constants";
import { createNominationAction, updateNominationAction } from "@/lib/nominations/actions";

type Props = {
  mode: "create" | "edit";
  election: string;
  form: NominationFormKind;
  hidePreviousService: boolean;
  years: string[];
  id?: number;
  initial: Record<string, string | string[]>;
};

const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** Board and Packaging Council nomination forms (forms.py), with the statement's live preview. */
export function NominationForm({ mode, election, form, hidePreviousService, years, id, initial }: Props) {
  const router = useRouter();
  const [state, action, pending] = useActionState<FormState, FormData>(
    mode === "create" ? createNominationAction : updateNominationAction,
    {},
  );
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  const v: Record<string, string | string[]> = state.values ?? initial;
  const [selfNomination, setSelf] = useState(str(v.selfNomination) === "on");
  const [previous, setPrevious] = useState(str(v.previousService));
  const [preview, setPreview] = useState<string | null>(null);
  const err = (name: string) => state.fields?.[name];
  const chosenYears = list(v.previousServiceYears);

  async function showPreview(textarea: HTMLTextAreaElement | null) {
    const res = await fetch("/nominations/statement-preview/", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: textarea?.value ?? "" }),
    });
    setPreview(
      res.ok ? ((await res.json()) as { html: string }).html : "<p>The preview is not available.</p>",
    );
  }

  return (
    <form action={action} className="card bg-base-200 max-w-2xl space-y-3 p-6" noValidate>
      <FormAlert text={state.error} />
      <input type="hidden" name="election" value={election} />
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      <FormField
        name="name"
        label="Name"
        defaultValue={str(v.name)}
        errors={err("name")}
        hint="Name of the person you are nominating."
      />
      <FormField
        name="email"
        label="Email"
        type="email"
        defaultValue={str(v.email)}
        errors={err("email")}
        hint="Email address of the person you are nominating."
      />
      {!hidePreviousService && (
        <fieldset className="space-y-1">
          <legend className="label-text">{PREVIOUS_SERVICE_LABEL[form]}</legend>
          {[
            { value: "no", label: "No: has not served before" },
            { value: "yes", label: "Yes: has served previously" },
          ].map((o) => (
            <label key={o.value} className="flex items-center gap-2">
              <input
                type="radio"
                name="previousService"
                value={o.value}
                className="radio"
                defaultChecked={previous === o.value}
                onChange={() => setPrevious(o.value)}
              />
              {o.label}
            </label>
          ))}
          {err("previousService") && <p className="text-error text-sm">{err("previousService")![0]}</p>}
          <fieldset className={previous === "yes" ? "" : "hidden"} aria-describedby="years-error">
            <legend className="label-text">Year(s) served</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {years.map((y) => (
                <label key={y} className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    name="previousServiceYears"
                    value={y}
                    className="checkbox checkbox-sm"
                    defaultChecked={chosenYears.includes(y)}
                  />
                  {y}
                </label>
              ))}
            </div>
          </fieldset>
          {err("previousServiceYears") && (
            <p id="years-error" className="text-error text-sm">
              {err("previousServiceYears")![0]}
            </p>
          )}
        </fieldset>
      )}
      <FormField
        name="employer"
        label="Employer"
        defaultValue={str(v.employer)}
        errors={err("employer")}
        hint="The nominee's current employer."
      />
      <FormField
        name="otherAffiliations"
        label="Other affiliations"
        defaultValue={str(v.otherAffiliations)}
        errors={err("otherAffiliations")}
        hint="Any other relevant affiliations of the nominee."
      />
      <div>
        <label htmlFor="field-nominationStatement" className="label-text block">
          Nomination statement
        </label>
        <textarea
          id="field-nominationStatement"
          name="nominationStatement"
          rows={10}
          defaultValue={str(v.nominationStatement)}
          aria-describedby="statement-hint"
          className="textarea textarea-bordered w-full"
        />
        <span id="statement-hint" className="text-base-content/70 block text-sm">
          Markdown syntax supported.
        </span>
        <button
          type="button"
          className="btn btn-sm mt-1"
          onClick={() =>
            void showPreview(document.getElementById("field-nominationStatement") as HTMLTextAreaElement)
          }
        >
          Preview statement
        </button>
        {preview !== null && (
          <section
            aria-label="Statement preview"
            className="bg-base-100 mt-2 rounded p-3"
            data-testid="statement-preview"
          >
            <div className="prose-content" dangerouslySetInnerHTML={{ __html: preview }} />
          </section>
        )}
      </div>
      {mode === "create" && (
        <>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="selfNomination"
              className="checkbox"
              defaultChecked={selfNomination}
              onChange={(e) => setSelf(e.target.checked)}
            />
            <span>I am nominating myself</span>
          </label>
          {err("selfNomination") && (
            <p className="text-error text-sm">
              {err("selfNomination")![0]} <Link href="/users/edit/">Edit your profile</Link>
            </p>
          )}
          {selfNomination &&
            ACKNOWLEDGMENTS[form].shown.map((a) => (
              <div key={a}>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name={a}
                    className="checkbox mt-1"
                    defaultChecked={str(v[a]) === "on"}
                  />
                  <span>
                    {ACK_LABELS[a]}
                    {ACKNOWLEDGMENTS[form].required.includes(a) ? " (required)" : " (optional)"}
                  </span>
                </label>
                {err(a) && <p className="text-error text-sm">{err(a)![0]}</p>}
              </div>
            ))}
        </>
      )}
      <button className="btn btn-primary" disabled={pending}>
        {mode === "create" ? "Submit nomination" : "Save nomination"}
      </button>
    </form>
  );
}
