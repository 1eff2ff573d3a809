import { HONEYPOT_FIELD, HONEYPOT_VALUE } from "@/lib/actions/types";

/**
 * python.org's honeypot (django-honeypot, §0.5): a text field people never see that must come back
 * exactly as sent; bots that fill every field change it and are refused (lib/actions defineAction).
 */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="hidden">
      <label htmlFor={`field-${HONEYPOT_FIELD}`}>Leave this field as it is</label>
      <input
        id={`field-${HONEYPOT_FIELD}`}
        type="text"
        name={HONEYPOT_FIELD}
        defaultValue={HONEYPOT_VALUE}
        tabIndex={-1}
        autoComplete="off"
      />
    </div>
  );
}
