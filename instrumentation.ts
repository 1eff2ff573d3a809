/**
 * Runs once when a Next server starts. The Node-only part lives in instrumentation-node.ts so
 * the Edge bundle never sees process.exit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
