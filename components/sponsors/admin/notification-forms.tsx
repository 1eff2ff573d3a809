"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import {
  CONTACT_TYPE_LABELS,
  CONTACT_TYPES,
  NOTIFICATION_VARIABLES,
} from "@/lib/sponsors/notifications/constants";

type Template = { id: number; internalName: string; subject: string; content: string };
type Sponsorship = {
  id: number;
  year: number | null;
  status: string;
  sponsor: string;
  package: string;
  emailTargetable: boolean;
};

function Answer({ state }: { state: FormState }) {
  return state.done ? (
    <pre role="status" className="bg-base-200 p-3 text-sm whitespace-pre-wrap">
      {state.done}
    </pre>
  ) : (
    <FormAlert text={state.error} />
  );
}

/** One notification template's form (a new one when `template` is null). */
export function NotificationTemplateForm({
  template,
  save,
}: {
  template: Template | null;
  save: StatefulAction;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const prefix = template ? `t${template.id}` : "new";
  return (
    <form
      action={action}
      className="card bg-base-200 space-y-2 p-4"
      aria-label={template ? `Template ${template.internalName}` : "New notification template"}
    >
      {template && <input type="hidden" name="id" value={template.id} />}
      <FormField
        id={`${prefix}-internalName`}
        name="internalName"
        label="Internal name"
        defaultValue={template?.internalName}
        errors={state.fields?.internalName}
      />
      <FormField
        id={`${prefix}-subject`}
        name="subject"
        label="Subject"
        defaultValue={template?.subject}
        errors={state.fields?.subject}
      />
      <label htmlFor={`${prefix}-content`} className="label-text block">
        Content
      </label>
      <textarea
        id={`${prefix}-content`}
        name="content"
        rows={6}
        defaultValue={template?.content}
        className="textarea textarea-bordered w-full"
      />
      {state.fields?.content && <p className="text-error text-sm">{state.fields.content[0]}</p>}
      <button type="submit" className="btn btn-sm" disabled={pending}>
        Save template
      </button>
      <Answer state={state} />
    </form>
  );
}

/** "Send notifications to selected" (§5.9): sponsorships, contact types, a template or a one-off mail; preview or send. */
export function SendNotificationsForm({
  templates,
  sponsorships,
  send,
}: {
  templates: Template[];
  sponsorships: Sponsorship[];
  send: StatefulAction;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(send, {});
  const err = (n: string) => state.fields?.[n]?.[0];
  return (
    <form action={action} className="space-y-4" aria-label="Send notifications">
      <fieldset>
        <legend className="font-semibold">Sponsorships</legend>
        {err("ids") && <p className="text-error text-sm">{err("ids")}</p>}
        <ul className="max-h-64 overflow-y-auto">
          {sponsorships.map((s) => (
            <li key={s.id}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="ids" value={s.id} className="checkbox checkbox-sm" />
                <span>
                  {s.sponsor} – {s.package || "no package"} {s.year ?? ""} ({s.status})
                  {s.emailTargetable ? " · email targetable" : ""}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">Contact types</legend>
        {err("contactTypes") && <p className="text-error text-sm">{err("contactTypes")}</p>}
        {CONTACT_TYPES.map((t) => (
          <label key={t} className="mr-4 inline-flex items-center gap-2">
            <input type="checkbox" name="contactTypes" value={t} className="checkbox checkbox-sm" />
            <span>{CONTACT_TYPE_LABELS[t]}</span>
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="send-templateId" className="label-text block">
          Notification
        </label>
        <select
          id="send-templateId"
          name="templateId"
          className="select select-bordered w-full"
          defaultValue=""
        >
          <option value="">(custom subject and content)</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.internalName}
            </option>
          ))}
        </select>
        {err("templateId") && <p className="text-error text-sm">{err("templateId")}</p>}
      </div>
      <FormField id="send-subject" name="subject" label="Subject" errors={state.fields?.subject} />
      <label htmlFor="send-content" className="label-text block">
        Content
      </label>
      <textarea id="send-content" name="content" rows={5} className="textarea textarea-bordered w-full" />
      <p className="text-sm">Variables: {NOTIFICATION_VARIABLES.map((v) => `{{ ${v} }}`).join(", ")}</p>
      <div className="flex gap-2">
        <button type="submit" name="op" value="preview" className="btn btn-sm" disabled={pending}>
          Preview
        </button>
        <button type="submit" name="op" value="send" className="btn btn-primary btn-sm" disabled={pending}>
          Send notifications
        </button>
      </div>
      <Answer state={state} />
    </form>
  );
}
