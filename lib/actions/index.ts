/**
 * defineAction: every server action goes through here, the twin of withApi (lib/api). One
 * pipeline, in order:
 *   gate      who may call it (anyone, signed in, or a permission check with a recent sign-in);
 *             a refused permission is audited (AC-LOG-1) and answered as a form error, never a throw
 *   honeypot  python.org's hidden field (§0.5), on the forms that carry one: unless it comes back
 *             exactly as sent, the form is refused and nothing happens
 *   limit     an optional named rate limit, per client address or per user
 *   schema    FormData → object (lib/platform/forms) → zod; field errors come back to the form
 *   handler   the domain call; an AppError below 500 becomes a form error with its fields
 *   audit     an optional audit entry, with the request's origin and the actor filled in
 *   revalidate  the admin or account paths that show the change (tags are the mutations' job)
 * and returns a typed form state that keeps what the person typed (secrets excepted).
 *
 * The result is the `(prev, form) => state` function useActionState wants; `asFormAction()` makes
 * it the `(form) => void` a plain `<form action>` takes. In a "use server" file export either as
 * `export const fooAction = defineAction({...})`.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { recordAudit, type AuditEntry, type AuditOrigin } from "@/lib/platform/audit";
import { FORM_ERROR, isAppError, fieldErrorsFromZod } from "@/lib/platform/errors";
import { formDataToObject, keptValues, type FormValues } from "@/lib/platform/forms";
import { containsNul } from "@/lib/platform/http/body";
import { getClientIp } from "@/lib/platform/http/client-ip";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { sameOriginPath } from "@/lib/platform/http/safe-redirect";
import { log } from "@/lib/platform/log";
import { consumeRateLimit } from "@/lib/platform/rate-limit";
import type { RateLimitName } from "@/lib/platform/rate-limit-names";
import { hasFreshSignIn } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";
import type { Principal } from "@/lib/users/types";
import { HONEYPOT_FIELD, HONEYPOT_VALUE, type FormState, type StatefulAction } from "./types";

export type { FormState, StatefulAction } from "./types";

export type PermissionGate = {
  /** The permission check (lib/<domain>/permissions or lib/users/permissions). */
  allow: (p: Principal) => boolean;
  /** AC-SESS-4: admin work wants a sign-in from the last 12 hours (default true). */
  recentSignIn?: boolean;
};
export type Gate = "public" | "signed-in" | PermissionGate;

type PrincipalFor<G extends Gate> = G extends "public" ? Principal | null : Principal;

export type ActionContext<G extends Gate, I> = {
  input: I;
  principal: PrincipalFor<G>;
  origin: AuditOrigin;
  raw: FormValues;
  /** The typed text values (secrets excepted), for a success state that shows them again. */
  values: Record<string, string>;
};

type Ctx<G extends Gate, S extends z.ZodType> = ActionContext<G, z.output<S>>;

export type ActionDefinition<G extends Gate, S extends z.ZodType, R, St extends FormState> = {
  /** Dotted name for audit and logs, e.g. "admin.downloads.release". */
  name: string;
  gate: G;
  schema: S;
  /** Reshape the form before the schema (rarely needed: lib/platform/forms covers controls). */
  prepare?: (raw: FormValues) => unknown;
  /** The form carries python.org's honeypot (components/ui/honeypot.tsx): a changed or missing one is refused. */
  honeypot?: boolean;
  rateLimit?: { name: RateLimitName; by: "ip" | "user"; message?: string };
  /** Message when a permission gate refuses (default: "You may not do this."). */
  denied?: string;
  /** Message when a signed-in gate finds no session. */
  signedOut?: string;
  handler: (ctx: Ctx<G, S>) => Promise<R>;
  audit?: (ctx: Ctx<G, S>, result: R) => Omit<AuditEntry, "actorId" | "ip" | "userAgent"> | null;
  revalidate?: (ctx: Ctx<G, S>, result: R) => readonly string[];
  /** The success state from the handler's result (default: the result itself when it is a state). */
  done?: (result: R, ctx: Ctx<G, S>) => NoInfer<St>;
  /** Which form keys never come back in `values` (default: passwords, tokens, keys). */
  omitValues?: (key: string) => boolean;
};

const CHECK_FIELDS = "Check the fields below.";
const HONEYPOT_REFUSED = "This form could not be accepted. Reload the page and send it again.";
const TOO_MANY = "Too many attempts. Wait a minute and try again.";
const NUL_IN_FORM =
  "A field holds a NUL character, which cannot be saved. Remove it and send the form again.";
const NUL_IN_FIELD = "Null characters are not allowed.";
const SIGNED_OUT = "Your session has ended. Sign in again.";
const STALE_SIGN_IN = "You signed in more than 12 hours ago: confirm your password to continue.";

/** AC-SESS-4: back to the page the form was on (same-origin path from the Referer) after reauthenticating. */
async function reauthenticatePath(): Promise<string> {
  const referer = (await headers()).get("referer");
  let back = "/";
  try {
    if (referer) {
      const url = new URL(referer);
      back = sameOriginPath(`${url.pathname}${url.search}`);
    }
  } catch {
    back = "/";
  }
  return `/accounts/reauthenticate/?next=${encodeURIComponent(back)}`;
}

async function passGate(gate: Gate): Promise<{ principal: Principal | null; refused?: string }> {
  const principal = await getSessionPrincipal();
  if (gate === "public") return { principal };
  if (!principal) return { principal, refused: "not-signed-in" };
  if (gate === "signed-in") return { principal };
  if (!gate.allow(principal)) return { principal, refused: "not-allowed" };
  if ((gate.recentSignIn ?? true) && !hasFreshSignIn(principal))
    return { principal, refused: "stale-sign-in" };
  return { principal };
}

async function limited(limit: { name: RateLimitName; by: "ip" | "user" }, principal: Principal | null) {
  const key =
    limit.by === "user" && principal ? `u:${principal.userId}` : `ip:${getClientIp(await headers())}`;
  try {
    await consumeRateLimit(limit.name, key);
    return false;
  } catch (e) {
    if (isAppError(e) && e.code === "rate_limited") return true;
    // The limiter's store is down: refuse rather than let sign-ups and resets through unmetered
    // (the accounts forms have always failed closed here).
    log.error({ err: e, limit: limit.name }, "rate limit check failed");
    return true;
  }
}

function isState(v: unknown): v is FormState {
  return typeof v === "object" && v !== null && ["done", "error", "fields", "redirectTo"].some((k) => k in v);
}

/** The form error for an AppError a handler let through (its first whole-form error, else a summary). */
const appErrorState = (e: { message: string; fields?: Record<string, string[]> }): FormState => ({
  error: e.fields?.[FORM_ERROR]?.[0] ?? (e.fields ? CHECK_FIELDS : e.message),
  fields: e.fields,
});

export function defineAction<G extends Gate, S extends z.ZodType, R, St extends FormState = FormState>(
  def: ActionDefinition<G, S, R, St>,
): StatefulAction<St> {
  const run = async (_prev: St, form: FormData): Promise<FormState> => {
    const raw = formDataToObject(form);
    const values = keptValues(raw, def.omitValues);
    const { principal, refused } = await passGate(def.gate);
    if (refused) {
      if (typeof def.gate === "object") {
        // AC-LOG-1: a refused admin or permission action is a failed authorization.
        await recordAudit({
          ...(await requestOrigin()),
          action: "authz.denied",
          actorId: principal?.userId ?? null,
          detail: { screen: def.name, reason: refused },
        });
        // A stale sign-in is sent to confirm the password (forms follow `redirectTo`).
        if (refused === "stale-sign-in")
          return { error: STALE_SIGN_IN, redirectTo: await reauthenticatePath() };
        return { error: def.denied ?? "You may not do this." };
      }
      return { error: def.signedOut ?? SIGNED_OUT };
    }
    // PostgreSQL cannot store a NUL byte: the form says so instead of failing in the database.
    // Each field that holds one gets Django's field message (ProhibitNullCharactersValidator).
    if (containsNul(raw))
      return {
        error: NUL_IN_FORM,
        fields: Object.fromEntries(
          Object.entries(raw)
            .filter(([k, v]) => containsNul(k) || containsNul(v))
            .map(([k]) => [k.replaceAll("\0", ""), [NUL_IN_FIELD]]),
        ),
        values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.replaceAll("\0", "")])),
      };
    if (def.honeypot && raw[HONEYPOT_FIELD] !== HONEYPOT_VALUE) {
      // django-honeypot answers 400: proxy.ts does for a form the browser posts itself with the
      // field changed (lib/site/honeypot.ts). Sent by the page's script, or with the field
      // missing, the refusal is this form error (a server action cannot choose its status).
      // What was typed comes back, as on every refusal.
      const { [HONEYPOT_FIELD]: _trap, ...kept } = values;
      return { error: HONEYPOT_REFUSED, values: kept };
    }
    if (def.rateLimit && (await limited(def.rateLimit, principal)))
      return { error: def.rateLimit.message ?? TOO_MANY, values };
    const parsed = def.schema.safeParse(def.prepare ? def.prepare(raw) : raw);
    if (!parsed.success) {
      // A whole-input error (a hidden field's, a cross-field rule) is the form's message: no
      // field shows it otherwise.
      const fields = fieldErrorsFromZod(parsed.error);
      return { error: fields[FORM_ERROR]?.[0] ?? CHECK_FIELDS, fields, values };
    }
    const origin = await requestOrigin();
    const ctx = { input: parsed.data, principal, origin, raw, values } as Ctx<G, S>;
    let result: R;
    try {
      result = await def.handler(ctx);
    } catch (e) {
      unstable_rethrow(e); // redirect(), notFound() and Next's own signals pass through
      if (isAppError(e) && e.status < 500) return { ...appErrorState(e), values };
      log.error({ err: e, action: def.name }, "server action failed");
      return { error: "Something went wrong on our side. Try again; what you typed is still here.", values };
    }
    if (isState(result) && result.error) return { values, ...result };
    const entry = def.audit?.(ctx, result);
    if (entry) await recordAudit({ ...origin, ...entry, actorId: principal?.userId ?? null });
    for (const path of def.revalidate?.(ctx, result) ?? []) revalidatePath(path);
    if (def.done) return def.done(result, ctx);
    return isState(result) ? result : { done: "Saved." };
  };
  return run as StatefulAction<St>;
}

/** The same action for a plain `<form action>` (no state shown: admin row buttons, sign-out). */
export function asFormAction<St extends FormState>(
  action: StatefulAction<St>,
): (form: FormData) => Promise<void> {
  return async (form) => {
    await action({} as St, form);
  };
}

/** A field error as the state a handler answers (the form keeps what was typed). */
export const fieldError = (field: string, message: string, error = CHECK_FIELDS): FormState => ({
  error,
  fields: { [field]: [message] },
});
