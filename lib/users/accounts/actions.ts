"use server";

import { z } from "zod";
import { defineAction, fieldError, type FormState } from "@/lib/actions";
import { text } from "@/lib/platform/forms";
import { PASSWORD_CHECK_THROTTLED, passwordChecksExhausted } from "@/lib/users/passwords/mutations";
import { BREACHED_MESSAGE, isBreachedPassword } from "@/lib/users/passwords/services";
import { confirmEmailChange, requestEmailChange } from "./email/mutations";
import {
  changePassword,
  confirmEmail,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  setFirstPassword,
  signUp,
} from "./mutations";
import {
  changeEmailSchema,
  changePasswordSchema,
  resetPasswordSchema,
  resetRequestSchema,
  setPasswordSchema,
  signUpSchema,
} from "./schema";

// The mutations audit what they do (signup, password.changed, email.change_requested, ...).
const TOO_MANY = "Too many attempts from your network. Wait a minute and try again.";
const BAD_LINK = "This link is invalid, was already used or has expired.";
const WRONG_PASSWORD = "That is not your current password.";
const tokenSchema = z.object({ token: text() });

export const signUpAction = defineAction({
  name: "account.signup",
  gate: "public",
  // python.org's honeypot (§0.5): a changed or missing field is refused with 400.
  honeypot: true,
  rateLimit: { name: "signup-ip", by: "ip", message: TOO_MANY },
  schema: signUpSchema,
  handler: async ({ input, origin }): Promise<FormState> => {
    if (await isBreachedPassword(input.password)) return fieldError("password", BREACHED_MESSAGE);
    if ((await signUp(input, origin)) === "username_taken")
      return fieldError("username", "That username is taken.");
    return { done: "Check your email." };
  },
});

export const confirmEmailAction = defineAction({
  name: "account.confirm-email",
  gate: "public",
  schema: tokenSchema,
  handler: async ({ input, origin }): Promise<FormState> =>
    (await confirmEmail(input.token, origin))
      ? { done: "Your email address is confirmed." }
      : { error: BAD_LINK },
});

export const requestResetAction = defineAction({
  name: "account.reset-request",
  gate: "public",
  rateLimit: { name: "reset-ip", by: "ip", message: TOO_MANY },
  schema: resetRequestSchema,
  handler: async ({ input }): Promise<FormState> => {
    await requestPasswordReset(input.email);
    // The same answer whether or not the address has an account (AC-AUTH-2).
    return { done: "If the address has an account, a reset link is on its way." };
  },
});

export const resetPasswordAction = defineAction({
  name: "account.reset-password",
  gate: "public",
  schema: resetPasswordSchema,
  handler: async ({ input, origin }): Promise<FormState> => {
    if (await isBreachedPassword(input.password)) return fieldError("password", BREACHED_MESSAGE);
    return (await resetPassword(input.token, input.password, origin))
      ? { done: "Your password is changed." }
      : { error: BAD_LINK };
  },
});

export const changePasswordAction = defineAction({
  name: "account.change-password",
  gate: "signed-in",
  // apps/users/views.py: the password change form carries the honeypot too.
  honeypot: true,
  schema: changePasswordSchema,
  handler: async ({ input, principal, origin }): Promise<FormState> => {
    if (await passwordChecksExhausted(principal.userId)) return { error: PASSWORD_CHECK_THROTTLED };
    if (await isBreachedPassword(input.password)) return fieldError("password", BREACHED_MESSAGE);
    const outcome = await changePassword(principal.userId, input.current, input.password, origin);
    if (outcome === "wrong_password") return fieldError("current", WRONG_PASSWORD);
    return { done: "Your password is changed." };
  },
});

/** allauth PasswordSetView: an OAuth-only account chooses its first password (same rules as a change). */
export const setPasswordAction = defineAction({
  name: "account.set-password",
  gate: "signed-in",
  schema: setPasswordSchema,
  handler: async ({ input, principal, origin }): Promise<FormState> => {
    if (await isBreachedPassword(input.password)) return fieldError("password", BREACHED_MESSAGE);
    if ((await setFirstPassword(principal.userId, input.password, origin)) === "has_password")
      return {
        error: "Your account already has a password: change it instead.",
        redirectTo: "/accounts/password/change/",
      };
    return { done: "Your password is set." };
  },
});

/**
 * /accounts/confirm-email/ without a key: a fresh confirmation link for the signed-in account's
 * unconfirmed address (at most one every 3 minutes per person, on top of the per-address limit).
 */
export const resendConfirmationAction = defineAction({
  name: "account.resend-confirmation",
  gate: "signed-in",
  rateLimit: {
    name: "confirm-resend-user",
    by: "user",
    message: "We sent you a link a moment ago. Wait a few minutes before asking again.",
  },
  schema: z.object({}),
  handler: async ({ principal, origin }): Promise<FormState> =>
    (await resendVerification(principal.userId, principal.userId, origin))
      ? { done: "We sent a new confirmation link to your address." }
      : { done: "Your email address is already confirmed." },
});

/** AC-SESS-5: the new address needs the current password in the same request. */
export const changeEmailAction = defineAction({
  name: "account.change-email",
  gate: "signed-in",
  schema: changeEmailSchema,
  handler: async ({ input, principal, origin }): Promise<FormState> => {
    if (await passwordChecksExhausted(principal.userId)) return { error: PASSWORD_CHECK_THROTTLED };
    const outcome = await requestEmailChange(principal.userId, input.current, input.email, origin);
    if (outcome === "wrong_password") return fieldError("current", WRONG_PASSWORD);
    if (outcome === "same_address") return fieldError("email", "That is already your address.");
    return { done: "Check your new address." };
  },
  done: (result, { values }): FormState => ({ ...result, values }),
});

export const confirmEmailChangeAction = defineAction({
  name: "account.confirm-email-change",
  gate: "public",
  schema: tokenSchema,
  handler: async ({ input, origin }): Promise<FormState> =>
    (await confirmEmailChange(input.token, origin))
      ? { done: "Your new address is in use." }
      : { error: BAD_LINK },
});
