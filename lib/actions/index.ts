/**
 * defineAction: every server action goes through here, the twin of withApi (lib/api). One
 * pipeline, in order:
 *   gate      who may call it (anyone, signed in, or a permission check with a recent sign-in);
 *             a refusal is audited (AC-LOG-1) and answered as a form error, never a throw
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
import { isAppError, fieldErrorsFromZod, type FieldErrors } from "@/lib/platform/errors";
import { formDataToObject, keptValues, type FormValues } from "@/lib/platform/forms";
import { getClientIp } from "@/lib/platform/http/client-ip";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { log } from "@/lib/platform/log";
import { consumeRateLimit } from "@/lib/platform/rate-limit";
import type { RateLimitName } from "@/lib/platform/rate-limit-names";
import { hasFreshSignIn } from "@/lib/users/permissions";
import { getSessionPrincipal } from "@/lib/users/session/services";
import type { Principal } from "@/lib/users/types";

/** What every action answers; forms render it (components/ui/form-alert, form-field). */
export type FormState = {
  /** A success message. */
  done?: string;
  /** The form's error message. */
  error?: string;
  fields?: FieldErrors;
  /** What the person typed, shown again after an error. */
  values?: Record<string, string>;
  /** Where the form should go after success (client-side navigation). */
  redirectTo?: string;
};

export type Gate =
  | "public"
  | "signed-in"
  | {
      /** The permission check (lib/<domain>/permissions or lib/users/permissions). */
      allow: (p: Principal) => boolean;
      /** AC-SESS-4: admin work wants a sign-in from the last 12 hours (default true). */
      recentSignIn?: boolean;
    };

type PrincipalFor<G extends Gate> = G extends "public" ? Principal | null : Principal;

export type ActionContext<G extends Gate, I> = {
  input: I;
  principal: PrincipalFor<G>;
  origin: AuditOrigin;
  raw: FormValues;
};

export type ActionDefinition<G extends Gate, S extends z.ZodType, R> = {
  /** Dotted name for audit and logs, e.g. "admin.downloads.release". */
  name: string;
  gate: G;
  schema: S;
  /** Reshape the form before the schema (rarely needed: lib/platform/forms covers controls). */
  prepare?: (raw: FormValues) => unknown;
  rateLimit?: { name: RateLimitName; by: "ip" | "user" };
  /** Message when the gate refuses (default: "You may not do this."). */
  denied?: string;
  handler: (ctx: ActionContext<G, z.output<S>>) => Promise<R>;
  audit?: (ctx: ActionContext<G, z.output<S>>, result: R) => Omit<AuditEntry, "actorId" | "ip" | "userAgent"> | null;
  revalidate?: (ctx: ActionContext<G, z.output<S>>, result: R) => readonly string[];
  /** The success state from the handler's result (default: the result itself when it is a state). */
  done?: (result: R, ctx: ActionContext<G, z.output<S>>) => FormState;
  /** Which form keys never come back in `values` (default: passwords, tokens, keys). */
  omitValues?: (key: string) => boolean;
};

export type StatefulAction = (prev: FormState, form: FormData) => Promise<FormState>;

const CHECK_FIELDS = "Check the fields below.";

async function passGate(gate: Gate): Promise<{ principal: Principal | null; refused?: string }> {
  const principal = await getSessionPrincipal();
  if (gate === "public") return { principal };
  if (!principal) return { principal, refused: "not-signed-in" };
  if (gate === "signed-in") return { principal };
  if (!gate.allow(principal)) return { principal, refused: "not-allowed" };
  if ((gate.recentSignIn ?? true) && !hasFreshSignIn(principal)) return { principal, refused: "stale-sign-in" };
  return { principal };
}

async function limited(limit: NonNullable<ActionDefinition<Gate, z.ZodType, unknown>["rateLimit"]>, principal: Principal | null) {
  const key = limit.by === "user" && principal ? `u:${principal.userId}` : `ip:${getClientIp(await headers())}`;
  try {
    await consumeRateLimit(limit.name, key);
    return false;
  } catch (e) {
    if (isAppError(e) && e.code === "rate_limited") return true;
    throw e;
  }
}

function isState(v: unknown): v is FormState {
  return typeof v === "object" && v !== null && ["done", "error", "fields", "redirectTo"].some((k) => k in v);
}

export function defineAction<G extends Gate, S extends z.ZodType, R>(def: ActionDefinition<G, S, R>): StatefulAction {
  const run = async (_prev: FormState, form: FormData): Promise<FormState> => {
    const raw = formDataToObject(form);
    const values = keptValues(raw, def.omitValues);
    const { principal, refused } = await passGate(def.gate);
    const origin = await requestOrigin();
    if (refused) {
      await recordAudit({
        ...origin,
        action: "authz.denied",
        actorId: principal?.userId ?? null,
        detail: { screen: def.name, reason: refused },
      });
      return { error: refused === "not-signed-in" ? "Sign in first." : (def.denied ?? "You may not do this.") };
    }
    if (def.rateLimit && (await limited(def.rateLimit, principal)))
      return { error: "Too many attempts. Wait a minute and try again.", values };
    const parsed = def.schema.safeParse(def.prepare ? def.prepare(raw) : raw);
    if (!parsed.success) return { error: CHECK_FIELDS, fields: fieldErrorsFromZod(parsed.error), values };
    const ctx = { input: parsed.data, principal, origin, raw } as ActionContext<G, z.output<S>>;
    let result: R;
    try {
      result = await def.handler(ctx);
    } catch (e) {
      unstable_rethrow(e); // redirect(), notFound() and Next's own signals pass through
      if (isAppError(e) && e.status < 500) {
        const message = e.fields?.non_field_errors?.[0] ?? (e.fields ? CHECK_FIELDS : e.message);
        return { error: message, fields: e.fields, values };
      }
      log.error({ err: e, action: def.name }, "server action failed");
      return { error: "Something went wrong on our side. Nothing was saved; try again.", values };
    }
    if (isState(result) && result.error) return { values, ...result };
    const entry = def.audit?.(ctx, result);
    if (entry) await recordAudit({ ...origin, ...entry, actorId: principal?.userId ?? null });
    for (const path of def.revalidate?.(ctx, result) ?? []) revalidatePath(path);
    if (def.done) return def.done(result, ctx);
    return isState(result) ? result : { done: "Saved." };
  };
  return run;
}

/** The same action for a plain `<form action>` (no state shown: admin row buttons, sign-out). */
export function asFormAction(action: StatefulAction): (form: FormData) => Promise<void> {
  return async (form) => {
    await action({}, form);
  };
}
