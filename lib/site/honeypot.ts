/**
 * python.org's honeypot answer (django-honeypot, §0.5): a form POST whose `email_body_text` comes
 * back changed is refused with HTTP 400 before any page or action runs (proxy.ts).
 *
 * Only for a form the browser posts itself (no JavaScript, or a script that replays the form):
 * the site's own forms, sent by React with the `Next-Action` header, get the refusal inside the
 * page from the action wrapper (lib/actions defineAction), which keeps what was typed; a server
 * action cannot choose its status. A POST without the field at all cannot be told from another
 * form's here; the wrapper refuses it on the forms that carry one (`honeypot: true`).
 */
import { HONEYPOT_FIELD, HONEYPOT_VALUE } from "@/lib/actions/types";

const FORM_TYPES = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;
/** The proxy buffers at most this much of a body (next.config.mjs proxyClientMaxBodySize). */
export const HONEYPOT_BODY_LIMIT = 11 * 1024 * 1024;

/** True when `request` is a form POST whose honeypot field was changed. */
export async function honeypotChanged(request: Request): Promise<boolean> {
  if (request.method !== "POST" || request.headers.has("next-action")) return false;
  if (!FORM_TYPES.test(request.headers.get("content-type") ?? "")) return false;
  const length = Number(request.headers.get("content-length"));
  // A body of unknown or oversized length is left to the wrapper (the proxy's copy is cut short).
  if (!Number.isFinite(length) || length <= 0 || length > HONEYPOT_BODY_LIMIT) return false;
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return false; // Not a parseable form: the page or action answers it as before.
  }
  const sent = form.getAll(HONEYPOT_FIELD);
  return sent.length > 0 && sent.some((value) => value !== HONEYPOT_VALUE);
}

export const HONEYPOT_REFUSED_HTML =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Form refused | Python.org</title>' +
  "<body><h1>This form could not be accepted</h1><p>Go back, reload the page and send it again. " +
  'If this keeps happening, write to <a href="mailto:webmaster@python.org">webmaster@python.org</a>.</p></body></html>';
