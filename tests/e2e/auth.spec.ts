import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { gotoHydrated } from "./support/auth";
import { withDb } from "./support/db";

const password = process.env.SEED_PASSWORD ?? "";

test.beforeAll(() => {
  if (!password) throw new Error("SEED_PASSWORD must be set (npm test sets it) for the sign-in tests");
});

test("a seeded user signs in with a case-insensitive username, sees their name, and signs out", async ({
  page,
}) => {
  await gotoHydrated(page, "/accounts/login/");
  await page.getByLabel("Username or email").fill("ALICE");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("alice", { timeout: 15_000 });
  const me = await page.request.get("/api/me");
  expect(((await me.json()) as { username: string }).username).toBe("alice");

  // AC-SESS-2: keep a copy of the session cookie, sign out, then replay the copy.
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  const replayHeaders = { cookie: `${session!.name}=${session!.value}` };

  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.request.get("/api/me")).status()).toBe(401);

  const replay = await playwrightRequest.newContext({ baseURL: new URL(page.url()).origin });
  expect((await replay.get("/api/me", { headers: replayHeaders })).status()).toBe(401);
  const admin = await replay.get("/admin/", { headers: replayHeaders, maxRedirects: 0 });
  expect(admin.status()).toBe(307);
  expect(admin.headers().location).toContain("/accounts/login/");
  await replay.dispose();
});

test("a wrong password shows a message and keeps the username, not the password", async ({ page }) => {
  await gotoHydrated(page, "/accounts/login/");
  await page.getByLabel("Username or email").fill("bob");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("do not match");
  await expect(page.getByLabel("Username or email")).toHaveValue("bob");
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("sign-in sends people only to same-origin paths (AC-REDIR-1)", async ({ page, baseURL }) => {
  await gotoHydrated(page, "/accounts/login/?callbackUrl=https://evil.example/steal");
  await page.getByLabel("Username or email").fill("bob");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText("bob", { timeout: 15_000 });
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("the sign-in page never hands the form a destination off the site (AC-REDIR-1)", async ({ request }) => {
  // The form follows its callbackUrl with window.location, which drops tabs and newlines first.
  // The page passes it to the sign-in form and the OAuth buttons as a prop, in the RSC payload.
  const destinations = async (callbackUrl: string) => {
    const html = await (
      await request.get(`/accounts/login/?callbackUrl=${encodeURIComponent(callbackUrl)}`)
    ).text();
    return [...html.matchAll(/\\"callbackUrl\\":\\"([^"\\]*)\\"/g)].map((m) => m[1]);
  };
  const payloads = [
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
  ];
  for (const payload of payloads)
    expect([payload, await destinations(payload)]).toEqual([payload, ["/", "/"]]);
  expect(await destinations("/downloads/?from=signin")).toEqual([
    "/downloads/?from=signin",
    "/downloads/?from=signin",
  ]);
});

async function postCredentials(request: APIRequestContext, login: string, pw: string, ip: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    headers: { "x-forwarded-for": ip },
    form: { login, password: pw, csrfToken, json: "true", callbackUrl: "/" },
    maxRedirects: 0,
  });
}

test("after 5 failed attempts for an account from one address, even the right password gets 429 (AC-AUTH-1)", async ({
  request,
}) => {
  const ip = "203.0.113.77";
  for (let i = 0; i < 5; i++) {
    const res = await postCredentials(request, "moderator", "wrong-password", ip);
    expect(res.status()).not.toBe(429);
    expect(((await res.json()) as { url: string }).url).toContain("error=CredentialsSignin");
  }
  const blocked = await postCredentials(request, "moderator", password, ip);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  // The same answer whether or not the account exists (AC-AUTH-2): an unknown name is refused
  // like a wrong password, and is blocked after five tries with the very same body.
  const blockedBody = await blocked.text();
  for (let i = 0; i < 5; i++) {
    const res = await postCredentials(request, "nobody-by-this-name", "x", "203.0.113.78");
    expect(res.status()).not.toBe(429);
    expect(((await res.json()) as { url: string }).url).toContain("error=CredentialsSignin");
  }
  const unknownBlocked = await postCredentials(request, "nobody-by-this-name", "x", "203.0.113.78");
  expect(unknownBlocked.status()).toBe(429);
  expect(await unknownBlocked.text()).toBe(blockedBody);
  // Another address is not affected.
  expect((await postCredentials(request, "moderator", password, "203.0.113.79")).status()).toBe(200);

  // AC-LOG-1: failures, the block and the success are audited, with no secret in the record.
  const rows = await withDb(
    async (c) =>
      (
        await c.query<{ action: string; ip: string; actor_id: number | null; detail: unknown }>(
          "SELECT action, ip, actor_id, detail FROM audit_log WHERE ip IN ('203.0.113.77', '203.0.113.79') OR (action = 'login.success' AND actor_id = (SELECT id FROM users_user WHERE username = 'moderator'))",
        )
      ).rows,
  );
  expect(
    rows.filter((r) => r.action === "login.failure" && r.ip === "203.0.113.77").length,
  ).toBeGreaterThanOrEqual(5);
  expect(rows.some((r) => r.action === "login.rate_limited")).toBe(true);
  expect(rows.some((r) => r.action === "login.success" && r.actor_id !== null)).toBe(true);
  // From where: the success is recorded with the address it came from, like the failures.
  expect(rows.some((r) => r.action === "login.success" && r.ip === "203.0.113.79")).toBe(true);
  const serialized = JSON.stringify(rows);
  expect(serialized).not.toContain(password);
  expect(serialized).not.toContain("wrong-password");
});

test("a user imported with a Django PBKDF2 hash signs in, and the stored hash becomes argon2id (AC-AUTH-4)", async ({
  page,
}) => {
  // Computed with Python's hashlib, independently of our code:
  // base64(hashlib.pbkdf2_hmac("sha256", password, salt, 1_000_000))
  const legacyPassword = "legacy passphrase from django";
  const djangoHash = "pbkdf2_sha256$1000000$Zx8bQm3LkP0aTq7R$vzxqwsg/Jb1Qxo53oNQzUmsD8RDzFEBzTEG8TnlH/jg=";
  const username = `imported${Date.now()}`;
  const storedHash = async () =>
    withDb(async (c) => {
      const r = await c.query<{ password: string }>("SELECT password FROM users_user WHERE username = $1", [
        username,
      ]);
      return r.rows[0]!.password;
    });
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user (username, email, password, email_verified, is_active, date_joined)
       VALUES ($1, $2, $3, now(), true, now())`,
      [username, `${username}@example.org`, djangoHash],
    ),
  );

  // The wrong password against the legacy hash fails and leaves it alone.
  await gotoHydrated(page, "/accounts/login/");
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill("not the legacy passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toContainText("do not match");
  expect(await storedHash()).toBe(djangoHash);

  await page.getByLabel("Password").fill(legacyPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(username, { timeout: 15_000 });
  expect(await storedHash()).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
});
