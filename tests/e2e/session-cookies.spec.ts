import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import https from "node:https";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, request, test } from "@playwright/test";

// AC-SESS-1: behind HTTPS (a TLS proxy in front of `next start`, as in production), the raw
// Set-Cookie headers name the session cookie __Secure-next-auth.session-token with HttpOnly,
// Secure, SameSite=Lax and Path=/, and the CSRF cookie carries the __Host- prefix.
test.setTimeout(120_000);

const appPort = Number(process.env.E2E_PORT ?? 3100) + 70; // startup.spec.ts uses 3190-3199
const tlsPort = appPort + 1;
let app: ChildProcess;
let proxy: https.Server;

test.beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tls-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  app = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(appPort), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NEXTAUTH_URL: `https://127.0.0.1:${tlsPort}`,
        SITE_URL: `https://127.0.0.1:${tlsPort}`,
      },
      stdio: "ignore",
    },
  );
  // The TLS terminator: forwards to the app and tells it the original scheme, like nginx does.
  proxy = https.createServer(
    { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) },
    (req, res) => {
      const upstream = http.request(
        {
          host: "127.0.0.1",
          port: appPort,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, "x-forwarded-proto": "https" },
        },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.rawHeaders);
          r.pipe(res);
        },
      );
      upstream.on("error", () => (res.writeHead(502), res.end()));
      req.pipe(upstream);
    },
  );
  await new Promise<void>((resolve) => proxy.listen(tlsPort, "127.0.0.1", resolve));
  await expect
    .poll(
      async () =>
        fetch(`http://127.0.0.1:${appPort}/api/health/`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  app?.kill();
  proxy?.close();
});

const setCookies = (headers: { name: string; value: string }[]) =>
  headers.filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);

test("session and CSRF cookies are Secure, HttpOnly, SameSite=Lax and prefixed", async () => {
  const ctx = await request.newContext({ baseURL: `https://127.0.0.1:${tlsPort}`, ignoreHTTPSErrors: true });
  const csrf = await ctx.get("/api/auth/csrf");
  const csrfCookie = setCookies(csrf.headersArray()).find((c) =>
    c.startsWith("__Host-next-auth.csrf-token="),
  );
  expect(csrfCookie).toBeDefined();
  expect(csrfCookie).toMatch(/; Path=\/(;|$)/);
  expect(csrfCookie).toMatch(/; HttpOnly/i);
  expect(csrfCookie).toMatch(/; Secure/i);
  expect(csrfCookie).not.toMatch(/; Domain=/i);

  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await ctx.post("/api/auth/callback/credentials", {
    form: {
      login: "alice",
      password: process.env.SEED_PASSWORD ?? "",
      csrfToken,
      json: "true",
      callbackUrl: "/",
    },
    headers: { "x-forwarded-for": "203.0.113.90" },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBeLessThan(400);
  const session = setCookies(signIn.headersArray()).find((c) =>
    c.startsWith("__Secure-next-auth.session-token="),
  );
  expect(session).toBeDefined();
  expect(session).toMatch(/; Path=\/(;|$)/);
  expect(session).toMatch(/; HttpOnly/i);
  expect(session).toMatch(/; Secure/i);
  expect(session).toMatch(/; SameSite=Lax/i);
  // No cookie of next-auth's goes out without Secure once the site is on HTTPS.
  const all = [...setCookies(csrf.headersArray()), ...setCookies(signIn.headersArray())];
  for (const c of all.filter((c) => c.includes("next-auth"))) expect(c).toMatch(/; Secure/i);

  // The session works through the proxy.
  const me = await ctx.get("/api/me");
  expect(me.status()).toBe(200);
  expect((await me.json()).username).toBe("alice");
  await ctx.dispose();
});
