/**
 * Runs once when a Next server starts: validating the environment here makes a missing or weak
 * production secret stop start-up with a message naming the variable (lib/env.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/env");
  }
}
