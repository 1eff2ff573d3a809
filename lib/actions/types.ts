/**
 * The state every server action answers (lib/actions defineAction) and every form renders
 * (components/ui/form-alert, form-field, components/admin/model-form). Kept apart from the
 * wrapper, which is server-only, so client components can name it.
 */
export type FormState = {
  /** A success message. */
  done?: string;
  /** The form's error message. */
  error?: string;
  /** Field errors by input name; `""` (lib/platform/errors FORM_ERROR) holds errors of the whole form. */
  fields?: Record<string, string[]>;
  /** What the person typed, shown again after an error (secrets never come back). */
  values?: Record<string, string>;
  /** Where the form should go after success (client-side navigation). */
  redirectTo?: string;
  /** What a success hands the page once (e.g. a new API key, shown a single time). */
  data?: Record<string, string>;
};

/**
 * python.org's honeypot (HONEYPOT_FIELD_NAME / HONEYPOT_VALUE, §0.5): the hidden field must come
 * back with exactly this value, otherwise the form is refused (components/ui/honeypot.tsx).
 */
export const HONEYPOT_FIELD = "email_body_text";
export const HONEYPOT_VALUE = "write your message";

/** What `useActionState` takes: `(prev, form) => state`. */
export type StatefulAction<St extends FormState = FormState> = (prev: St, form: FormData) => Promise<St>;
