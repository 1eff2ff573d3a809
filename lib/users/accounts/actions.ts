"use server";

import { PASSWORD_CHECK_THROTTLED, passwordChecksExhausted } from "@/lib/users/passwords/mutations";
import { BREACHED_MESSAGE, isBreachedPassword } from "@/lib/users/passwords/services";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { headers } from "next/headers";
import { getClientIp } from "@/lib/platform/http/client-ip";
import { fieldErrorsFromZod } from "@/lib/platform/errors";
import { consumeRateLimit } from "@/lib/platform/rate-limit";
import { getSessionPrincipal } from "@/lib/users/session/services";
import { confirmEmailChange, requestEmailChange } from "@/lib/users/accounts/email/mutations";
import { changePassword, confirmEmail, requestPasswordReset, resetPassword, signUp } from "./mutations";
import {
  changeEmailSchema,
  changePasswordSchema,
  resetPasswordSchema,
  resetRequestSchema,
  signUpSchema,
  type AccountFormState,
} from "./schema";

const TOO_MANY = "Too many attempts from your network. Wait a minute and try again.";

async function limited(name: "signup-ip" | "reset-ip"): Promise<boolean> {
  try {
    await consumeRateLimit(name, `ip:${getClientIp(await headers())}`);
    return false;
  } catch {
    return true;
  }
}

export async function signUpAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = { username: String(form.get("username") ?? ""), email: String(form.get("email") ?? "") };
  // Honeypot (pydotorg's signup form): people never fill the hidden field; bots do.
  if (String(form.get("website") ?? "") !== "") return { done: true };
  if (await limited("signup-ip")) return { error: TOO_MANY, values };
  const parsed = signUpSchema.safeParse({
    ...values,
    password: form.get("password"),
    password2: form.get("password2"),
  });
  if (!parsed.success)
    return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error), values };
  if (await isBreachedPassword(parsed.data.password))
    return { error: "Check the fields below.", fields: { password: [BREACHED_MESSAGE] }, values };
  const outcome = await signUp(parsed.data, await requestOrigin());
  if (outcome === "username_taken")
    return { error: "Check the fields below.", fields: { username: ["That username is taken."] }, values };
  return { done: true };
}

export async function confirmEmailAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const ok = await confirmEmail(String(form.get("token") ?? ""), await requestOrigin());
  return ok ? { done: true } : { error: "This link is invalid, was already used or has expired." };
}

export async function requestResetAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const values = { email: String(form.get("email") ?? "") };
  if (await limited("reset-ip")) return { error: TOO_MANY, values };
  const parsed = resetRequestSchema.safeParse(values);
  if (!parsed.success)
    return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error), values };
  await requestPasswordReset(parsed.data.email);
  // The same answer whether or not the address has an account (AC-AUTH-2).
  return { done: true };
}

export async function resetPasswordAction(
  _prev: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  const parsed = resetPasswordSchema.safeParse({
    token: form.get("token"),
    password: form.get("password"),
    password2: form.get("password2"),
  });
  if (!parsed.success) return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error) };
  if (await isBreachedPassword(parsed.data.password))
    return { error: "Check the fields below.", fields: { password: [BREACHED_MESSAGE] } };
  const ok = await resetPassword(parsed.data.token, parsed.data.password, await requestOrigin());
  return ok ? { done: true } : { error: "This link is invalid, was already used or has expired." };
}

export async function changePasswordAction(
  _prev: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  const principal = await getSessionPrincipal();
  if (!principal) return { error: "Your session has ended. Sign in again." };
  const parsed = changePasswordSchema.safeParse({
    current: form.get("current"),
    password: form.get("password"),
    password2: form.get("password2"),
  });
  if (!parsed.success) return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error) };
  if (await passwordChecksExhausted(principal.userId)) return { error: PASSWORD_CHECK_THROTTLED };
  if (await isBreachedPassword(parsed.data.password))
    return { error: "Check the fields below.", fields: { password: [BREACHED_MESSAGE] } };
  const outcome = await changePassword(
    principal.userId,
    parsed.data.current,
    parsed.data.password,
    await requestOrigin(),
  );
  if (outcome === "wrong_password")
    return { error: "Check the fields below.", fields: { current: ["That is not your current password."] } };
  return { done: true };
}

/** AC-SESS-5: the new address needs the current password in the same request. */
export async function changeEmailAction(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const principal = await getSessionPrincipal();
  if (!principal) return { error: "Your session has ended. Sign in again." };
  const values = { email: String(form.get("email") ?? "").trim() };
  const parsed = changeEmailSchema.safeParse({ ...values, current: form.get("current") ?? "" });
  if (!parsed.success)
    return { error: "Check the fields below.", fields: fieldErrorsFromZod(parsed.error), values };
  if (await passwordChecksExhausted(principal.userId)) return { error: PASSWORD_CHECK_THROTTLED, values };
  const outcome = await requestEmailChange(
    principal.userId,
    parsed.data.current,
    parsed.data.email,
    await requestOrigin(),
  );
  if (outcome === "wrong_password")
    return {
      error: "Check the fields below.",
      fields: { current: ["That is not your current password."] },
      values,
    };
  if (outcome === "same_address")
    return { error: "Check the fields below.", fields: { email: ["That is already your address."] }, values };
  return { done: true, values };
}

export async function confirmEmailChangeAction(
  _prev: AccountFormState,
  form: FormData,
): Promise<AccountFormState> {
  const ok = await confirmEmailChange(String(form.get("token") ?? ""), await requestOrigin());
  return ok ? { done: true } : { error: "This link is invalid, was already used or has expired." };
}
