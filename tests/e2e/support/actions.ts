/**
 * Server actions replayed as other callers (the authz matrix): a real form submission is caught
 * in the browser and not let through, then the same request (its action id, router state and
 * body) is sent from other pages, each with its own cookies, as a forged or replayed call would be.
 */
import { expect, type Page, type Route } from "@playwright/test";

export type CapturedAction = { url: string; headers: Record<string, string>; body: string };
export type ActionAnswer = { status: number; text: string; redirect: string | null };

/** Runs `submit` on `page` and keeps the server action request it sends, which never reaches the server. */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  const handler = async (route: Route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    // The action's own headers only: each caller's context sends its own cookies.
    const keep = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];
    const headers = Object.fromEntries(Object.entries(req.headers()).filter(([k]) => keep.includes(k)));
    captured ??= { url: req.url(), headers, body: req.postDataBuffer()!.toString("utf8") };
    await route.abort();
  };
  await page.route("**/*", handler);
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute("**/*", handler);
  return captured!;
}

/**
 * Sends a captured action from `page` (its cookies, or none), optionally with form values
 * replaced (plain text replacement in the multipart body), and returns what the server answered:
 * the status, the RSC payload (which carries the form state's messages) and any action redirect.
 */
export async function replayAction(
  page: Page,
  action: CapturedAction,
  replace: [string, string][] = [],
): Promise<ActionAnswer> {
  let body = action.body;
  for (const [from, to] of replace) body = body.replaceAll(from, to);
  const res = await page.request.post(action.url, {
    headers: action.headers,
    data: Buffer.from(body, "utf8"),
    maxRedirects: 0,
  });
  return {
    status: res.status(),
    text: await res.text(),
    redirect: res.headers()["x-action-redirect"] ?? null,
  };
}
