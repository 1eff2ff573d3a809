/**
 * AC-AUTH-3: length, not composition. 8 to 1024 characters (any Unicode, spaces allowed),
 * not one of the 10,000 most common passwords, and not the username or email.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 1024;

let common: Set<string> | null = null;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"].slice(0, 10_000)));

/** The reason a password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  context: { username?: string; email?: string } = {},
): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "This password is too common; choose another.";
  if (context.username && lower === context.username.toLowerCase())
    return "Do not use your username as your password.";
  if (context.email && lower === context.email.toLowerCase())
    return "Do not use your email address as your password.";
  return null;
}
