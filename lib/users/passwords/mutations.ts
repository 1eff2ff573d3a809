import "server-only";
import { isAppError } from "@/lib/platform/errors";
import { consumeRateLimit } from "@/lib/platform/rate-limit";

export const PASSWORD_CHECK_THROTTLED = "Too many attempts. Wait a minute and try again.";

/**
 * Counts one check of a signed-in user's current password; true when they have used up their
 * attempts for the minute (the form then answers without checking).
 */
export async function passwordChecksExhausted(userId: number): Promise<boolean> {
  try {
    await consumeRateLimit("password-check-user", String(userId));
    return false;
  } catch (e) {
    if (isAppError(e) && e.code === "rate_limited") return true;
    throw e;
  }
}
