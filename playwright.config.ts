import { defineConfig } from "@playwright/test";

// Debian's Chromium (never `playwright install`); flags per DESIGN.md so it does not reach out.
const port = Number(process.env.E2E_PORT ?? 3100);
// Beside the app: a real SMTP server that receives its mail, and an OAuth provider standing in for
// GitHub and Google (tests/e2e/support/smtp-sink.ts, oauth-provider.ts).
const smtpPort = port + 25;
const oauthPort = port + 30;
const oauth = `http://127.0.0.1:${oauthPort}`;
const tsx = "node node_modules/tsx/dist/cli.mjs";
// Test workers inherit these, so the helpers find the sink and the provider.
process.env.E2E_SMTP_PORT ??= String(smtpPort);
process.env.E2E_OAUTH_PORT ??= String(oauthPort);
// The server and the workers run in the suite's zone (scripts/test.ts sets the same), also when
// Playwright is started on its own: not UTC, so a page that formats dates in the server's zone shows it.
process.env.TZ = "America/New_York";
export default defineConfig({
  testDir: "tests/e2e",
  // Per port, so runs on other ports (NEXT_DIST_DIR builds side by side) keep their own traces.
  outputDir: `test-results/port-${port}`,
  // Committed screenshot baselines (tests/e2e/visual.spec.ts): one path per name, no platform or
  // project suffix; they belong to the Chromium and fonts of Debian that made them (README).
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFilePath}/{arg}{ext}",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  // Twice the slowest test's time on a quiet two-core machine: CI machines have run the suite
  // nearly twice as slowly (a job spawned through tsx alone takes ~8 s there).
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: ["global/**", "last/**"] },
    // Tests that change site-wide state (the latest release) or load the server (3000 requests)
    // run alone, after all the others.
    {
      name: "global-state",
      use: { browserName: "chromium" },
      testMatch: "global/**",
      dependencies: ["chromium"],
    },
    // Hides every release for a moment (the empty downloads pages): after everything else.
    {
      name: "last",
      use: { browserName: "chromium" },
      testMatch: "last/**",
      dependencies: ["global-state"],
    },
  ],
  globalTeardown: "./tests/e2e/support/log-scan.ts",
  webServer: [
    {
      command: `${tsx} tests/e2e/support/smtp-sink.ts`,
      url: `http://127.0.0.1:${smtpPort + 1}/health`,
      env: { E2E_SMTP_PORT: String(smtpPort) },
      reuseExistingServer: false,
    },
    {
      command: `${tsx} tests/e2e/support/oauth-provider.ts`,
      url: `${oauth}/.well-known/openid-configuration`,
      env: { E2E_OAUTH_PORT: String(oauthPort) },
      reuseExistingServer: false,
    },
    {
      // The log also goes to a file that tests/e2e/support/log-scan.ts checks for secrets (AC-LOG-1).
      // Idle keep-alive sockets outlive the test client's reuse (Node's 5 s default races a reused
      // socket into ECONNRESET when a test pauses between requests); proxies do the same in production.
      command: `mkdir -p .data/e2e && node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1 --keepAliveTimeout 65000 2>&1 | tee .data/e2e/server-${port}.log`,
      url: `http://127.0.0.1:${port}/api/health/`,
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // The shipped edge cache, started by tests/e2e/global/edge-cache.spec.ts (purges before
        // it runs are refused and logged, as for any unreachable CDN).
        EDGE_PURGE_URL: `http://127.0.0.1:${port + 45}`,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        GITHUB_ID: "e2e-github-client",
        GITHUB_SECRET: "e2e-github-secret",
        GITHUB_URL: oauth,
        GITHUB_API_URL: oauth,
        GOOGLE_ID: "e2e-google-client",
        GOOGLE_SECRET: "e2e-google-secret",
        GOOGLE_ISSUER: oauth,
        // Nothing leaves the machine: the breached-password check (Have I Been Pwned) is covered
        // against a local range server in lib/users/breached.test.ts.
        HIBP_RANGE_URL: "",
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
