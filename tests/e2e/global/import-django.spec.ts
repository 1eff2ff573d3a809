import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { gotoHydrated } from "../support/auth";
import { withDb } from "../support/db";

// #20 must-show: after `npm run import:django` of our dumpdata fixture into the running site's
// database, a user with a Django pbkdf2_sha256 hash signs in through the form (and is rehashed),
// and the home page, a CMS page, the menus and /downloads/ show the imported rows on the next
// request (the command revalidates the caches once, at the end; they are warmed before it). It changes site-wide content
// (the home introduction, the main menu), so it runs in the global-state project. The fixture's
// release is imported without its "latest" flag here, so the other global test's latest release
// stays put.
test.describe.configure({ mode: "serial" });

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/django");
let output = "";

test.beforeAll(async ({ playwright }, testInfo) => {
  test.setTimeout(180_000);
  // Warm the caches first, so what the tests see shows the import's revalidation, not a first render.
  const warm = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const url of ["/", "/about/", "/downloads/"]) expect((await warm.get(url)).status()).toBe(200);
  await warm.dispose();
  const dir = mkdtempSync(path.join(tmpdir(), "e2e-import-"));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, "downloads.json");
    const rows = JSON.parse(readFileSync(file, "utf8")) as {
      model: string;
      fields: Record<string, unknown>;
    }[];
    for (const r of rows) if (r.model === "downloads.release") r.fields.is_latest = false;
    writeFileSync(file, JSON.stringify(rows));
    const run = await promisify(execFile)(
      "node",
      [
        "node_modules/tsx/dist/cli.mjs",
        "--conditions=react-server",
        "scripts/import/django.ts",
        dir,
        "--media",
        path.join(dir, "media"),
      ],
      { env: { ...process.env, CI: "1" }, timeout: 170_000 },
    );
    output = run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the import reports every model, 0 failures, and the missing media file", () => {
  expect(output).toMatch(/^users\.user\s+3\s/m);
  expect(output).toMatch(/^sitetree\.treeitem\s+4\s/m);
  expect(output).toMatch(/^sponsors\.tieredbenefitconfiguration\s+1\s/m);
  expect(output).toMatch(/^After events: \d+ occurrences of \d+ imported events refreshed\.$/m);
  expect(output).toContain("missing files/import-check-agenda.pdf (pages.documentfile pk 512)");
  expect(output).toMatch(/\n0 failed, /);
});

test("a user imported with a Django pbkdf2_sha256 hash signs in through the form and is rehashed", async ({
  page,
}) => {
  await gotoHydrated(page, "/accounts/login/");
  await page.getByLabel("Username or email").fill("mirela.import");
  await page.getByLabel("Password").fill("monty-python-flying-circus");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText("mirela.import", { timeout: 15_000 });
  const hash = await withDb(async (c) => {
    const r = await c.query<{ password: string }>(
      "SELECT password FROM users_user WHERE username = 'mirela.import'",
    );
    return r.rows[0]!.password;
  });
  expect(hash).toMatch(/^\$argon2id\$/);
});

test("the home page shows the imported introduction box", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("Imported introduction: Python lets you work quickly")).toBeVisible();
});

test("an imported CMS page renders its reStructuredText, and an imported redirect answers", async ({
  page,
  request,
}) => {
  await page.goto("/about/import-check/");
  await expect(page.getByRole("heading", { name: "Imported page", exact: true })).toBeVisible();
  await expect(page.getByText("This page was written in reStructuredText on the old site.")).toBeVisible();
  await expect(page.locator("code.language-python")).toContainText('print("moved")');
  const old = await request.get("/old-import-check/", { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toMatch(/^(https?:\/\/[^/]+)?\/about\/import-check\/$/);
});

test("the menus show the imported section and its item", async ({ page }) => {
  await page.goto("/about/");
  const main = page.getByRole("navigation", { name: "Main" });
  await expect(main.getByRole("link", { name: "Imported Section", exact: true })).toBeVisible();
  const footer = page.getByRole("navigation", { name: "Site map" });
  await expect(footer.getByRole("link", { name: "Import Check", exact: true })).toHaveAttribute(
    "href",
    "/about/import-check/",
  );
});

test("/downloads/ lists the imported release, and its page its files", async ({ page }) => {
  await page.goto("/downloads/");
  await expect(page.getByRole("link", { name: "Python 3.99.7", exact: true }).first()).toBeVisible();
  await page.goto("/downloads/release/python-3997/");
  await expect(page.getByRole("link", { name: "Windows installer (64-bit)" })).toHaveAttribute(
    "href",
    "https://www.python.org/ftp/python/3.99.7/python-3.99.7-amd64.exe",
  );
});

test("an imported calendar lists its recurring event, and an imported success story shows its quote", async ({
  page,
}) => {
  // The weekly meetup recurs until 2035, so it stays upcoming; its occurrences came from the
  // import's refresh of the occurrence window.
  await page.goto("/events/import-check-events/");
  await expect(page.getByRole("link", { name: "Imported Weekly Meetup" }).first()).toBeVisible();
  await page.goto("/success-stories/imported-widgets-scale/");
  await expect(page.getByRole("heading", { name: "Imported Widgets scale with Python" })).toBeVisible();
  await expect(page.getByText("Python let us move the whole site in a weekend.")).toBeVisible();
});
