"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { Honeypot } from "@/components/ui/honeypot";
import { FormField } from "@/components/ui/form-field";
import type { FormState, StatefulAction } from "@/lib/actions/types";
import { COMMON_ZONES } from "@/lib/events/constants";

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <span id={id} className="text-error block text-sm">
      {errors[0]}
    </span>
  ) : null;
}

function Select({ name, label, options, errors, defaultValue }: { name: string; label: string; options: { value: string; label: string }[]; errors?: string[]; defaultValue?: string }) {
  const id = `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="label-text block">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={`select select-bordered w-full ${errors ? "select-error" : ""}`} aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${id}-error` : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/**
 * apps/events/forms.py EventForm plus start and end with a time zone and an optional recurrence.
 * Sent without resetting, so a refused submit keeps what was typed.
 */
export function SubmitEventForm({ action, calendars }: { action: StatefulAction; calendars: { id: number; name: string }[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const router = useRouter();
  useEffect(() => {
    if (state.redirectTo) router.push(state.redirectTo);
  }, [state.redirectTo, router]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  const err = (name: string) => state.fields?.[name];
  // The visitor's own zone once in the browser (the server renders UTC, so hydration agrees).
  const zoneRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (zoneRef.current && zoneRef.current.value === "UTC") zoneRef.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, []);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="card bg-base-200 space-y-4 p-6" aria-label="Submit an event">
      <FormAlert text={state.error} />
      <p className="text-sm">All fields are required unless marked optional.</p>
      <Select name="calendarId" label="Calendar" options={calendars.map((c) => ({ value: String(c.id), label: c.name }))} errors={err("calendarId")} />
      <FormField name="eventName" label="Event name" errors={err("eventName")} />
      <FormField name="eventType" label="Event type" hint="Conference, sprint, meetup, workshop ..." errors={err("eventType")} />
      <FormField name="pythonFocus" label="Python focus" hint="Data science, web, education ..." errors={err("pythonFocus")} />
      <FormField name="expectedAttendees" label="Expected attendees" errors={err("expectedAttendees")} />
      <FormField name="location" label="Location" hint="Venue and city, or Online" errors={err("location")} />
      <FormField name="dateFrom" label="Starts" type="datetime-local" errors={err("dateFrom")} />
      <FormField name="dateTo" label="Ends" type="datetime-local" errors={err("dateTo")} />
      <div>
        <label htmlFor="field-timeZone" className="label-text block">
          Time zone of these times
        </label>
        <input ref={zoneRef} id="field-timeZone" name="timeZone" list="event-zones" defaultValue="UTC" className={`input input-bordered w-full ${err("timeZone") ? "input-error" : ""}`} aria-invalid={err("timeZone") ? true : undefined} aria-describedby={err("timeZone") ? "field-timeZone-error" : undefined} />
        <datalist id="event-zones">
          {COMMON_ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <FieldError id="field-timeZone-error" errors={err("timeZone")} />
      </div>
      <label className="label cursor-pointer justify-start gap-2">
        <input type="checkbox" name="allDay" className="checkbox" />
        <span className="label-text">All-day event (dates only)</span>
      </label>
      <Select
        name="recurrence"
        label="Recurrence"
        options={[
          { value: "none", label: "Happens once" },
          { value: "weekly", label: "Every week" },
          { value: "monthly", label: "Every month" },
        ]}
        errors={err("recurrence")}
      />
      <FormField name="repeatUntil" label="Last date of a repeating event (optional)" type="date" errors={err("repeatUntil")} />
      <FormField name="link" label="Website URL" type="url" errors={err("link")} />
      <div>
        <label htmlFor="field-description" className="label-text block">
          Description
        </label>
        <textarea id="field-description" name="description" rows={6} className={`textarea textarea-bordered w-full ${err("description") ? "textarea-error" : ""}`} aria-invalid={err("description") ? true : undefined} aria-describedby={err("description") ? "field-description-error" : undefined} />
        <FieldError id="field-description-error" errors={err("description")} />
      </div>
      <Honeypot />
      <button className="btn btn-primary" disabled={pending}>
        Submit event
      </button>
    </form>
  );
}
