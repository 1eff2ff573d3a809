import type { Page } from "@playwright/test";

/** Signs a seeded user in through next-auth's credentials endpoint, in the page's browser context. */
export async function signInAs(page: Page, login: string, password = process.env.SEED_PASSWORD ?? "") {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { login, password, csrfToken, json: "true", callbackUrl: "/" },
    headers: { "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 200) + 1}` },
  });
  if (!res.ok()) throw new Error(`sign-in as ${login} failed: ${res.status()}`);
}

/**
 * Opens a page and waits until React has hydrated it (the header's account link asks /api/session
 * from an effect), so clicks reach the client handlers instead of submitting natively.
 */
export async function gotoHydrated(page: Page, url: string) {
  const hydrated = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/session", { timeout: 20_000 });
  await page.goto(url);
  await hydrated;
}
