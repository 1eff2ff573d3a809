import { expect, test } from "@playwright/test";
import { DownloadsPage } from "./pages/downloads-page";
import { expireCacheTags } from "./support/cache";
import { withDb } from "./support/db";

const BASE = "https://www.python.org/ftp/python/3.14.0";
const AGENTS = [
  [
    "Windows x64",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
    `${BASE}/python-3.14.0-amd64.exe`,
  ],
  [
    "Windows ARM64",
    "Mozilla/5.0 (Windows NT 10.0; ARM64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
    `${BASE}/python-3.14.0-arm64.exe`,
  ],
  [
    "macOS",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
    `${BASE}/python-3.14.0-macos11.pkg`,
  ],
  [
    "Linux",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
    `${BASE}/Python-3.14.0.tar.xz`,
  ],
  [
    "Android",
    "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36",
    `${BASE}/python-3.14.0-aarch64-linux-android.tar.gz`,
  ],
  [
    "iOS",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    `${BASE}/python-3.14.0-iOS-XCframework.tar.gz`,
  ],
] as const;

// python.org offers Windows visitors the install manager first and the release's installer for
// their CPU right under it (downloads/index.html); other platforms get the installer itself.
const MANAGER = "https://www.python.org/ftp/python/pymanager/python-manager-25.2.msix";

for (const [label, userAgent, url] of AGENTS) {
  test(`the download button offers the ${label} file`, async ({ browser }) => {
    const context = await browser.newContext({ userAgent });
    const downloads = new DownloadsPage(await context.newPage());
    await downloads.goto();
    if (label.startsWith("Windows")) {
      await expect(downloads.downloadButton).toHaveAttribute("href", MANAGER);
      await expect(downloads.downloadButton).toHaveText("Download Python install manager");
      await expect(downloads.standaloneInstaller).toHaveAttribute("href", url);
      await expect(downloads.standaloneInstaller).toHaveText("Python 3.14.0");
    } else {
      await expect(downloads.downloadButton).toHaveAttribute("href", url);
      await expect(downloads.downloadButton).toHaveText("Download Python 3.14.0");
      await expect(downloads.standaloneInstaller).toHaveCount(0);
    }
    await context.close();
  });
}

test("Windows on ARM is known by its client hints, though its user agent says x64", async ({ browser }) => {
  // Chromium, Edge and Firefox on Windows on ARM send the x64 user agent; Chromium's
  // User-Agent Client Hints tell the truth. Stand in for an ARM machine's answer.
  const context = await browser.newContext({ userAgent: AGENTS[0][1] });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "userAgentData", {
      get: () => ({ getHighEntropyValues: async () => ({ architecture: "arm", bitness: "64" }) }),
    });
  });
  const downloads = new DownloadsPage(await context.newPage());
  await downloads.goto();
  await expect(downloads.standaloneInstaller).toHaveAttribute("href", `${BASE}/python-3.14.0-arm64.exe`);
  await expect(downloads.page.getByRole("heading", { level: 1 })).toHaveText(
    "Download the latest version for Windows (ARM64)",
  );
  await context.close();
});

test("an iPad asking for the desktop site gets the iOS file, not the macOS installer", async ({
  browser,
}) => {
  const context = await browser.newContext({ userAgent: AGENTS[2][1], hasTouch: true });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "maxTouchPoints", { get: () => 5 });
  });
  const downloads = new DownloadsPage(await context.newPage());
  await downloads.goto();
  await expect(downloads.downloadButton).toHaveAttribute("href", AGENTS[5][2]);
  await context.close();
});

test("an unknown platform gets a choice, never a guessed installer", async ({ browser }) => {
  const context = await browser.newContext({
    userAgent: "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15",
  });
  const downloads = new DownloadsPage(await context.newPage());
  await downloads.goto();
  await expect(downloads.choices.getByRole("link")).toHaveCount(6);
  await expect(downloads.downloadButton).toHaveCount(0);
  await context.close();
});

test("the release list groups by series on request, and the grouped view survives a reload", async ({
  page,
}) => {
  const { gotoHydrated } = await import("./support/auth");
  const downloads = new DownloadsPage(page);
  await gotoHydrated(page, "/downloads/");
  await expect(downloads.seriesHeadings.first()).toBeHidden();
  await downloads.groupBySeries.check();
  await expect(page).toHaveURL(/#by-series$/);
  const headings = await downloads.seriesHeadings.allInnerTexts();
  expect(headings.slice(0, 3)).toEqual([
    expect.stringMatching(/^Python 3\.14 \(\d+ releases?\)$/),
    expect.stringMatching(/^Python 3\.13 \(\d+ releases?\)$/),
    expect.stringMatching(/^Python 3\.12 /),
  ]);
  // Every release sits under the heading of its own series.
  const group = page.getByTestId("release-table").locator("tbody").filter({ hasText: "Python 3.13 (" });
  const names = await group.locator("td:first-child").allInnerTexts();
  expect(names.length).toBeGreaterThan(1);
  expect(names.every((n) => n.startsWith("Python 3.13."))).toBe(true);
  await page
    .getByRole("navigation", { name: "Release series" })
    .getByRole("link", { name: "Python 3.13" })
    .click();
  await expect(page).toHaveURL(/#series-3-13$/);
  // A full load of the shared URL (not a hash change on the same document) opens grouped.
  await page.goto("about:blank");
  await gotoHydrated(page, "/downloads/#by-series");
  await expect(downloads.groupBySeries).toBeChecked();
  await expect(downloads.seriesHeadings.first()).toBeVisible();
  await downloads.groupBySeries.uncheck();
  await expect(downloads.seriesHeadings.first()).toBeHidden();
  await expect(page).toHaveURL(/\/downloads\/$/);
});

test("all releases are sorted by version, not by string, and pre-releases are left out", async ({ page }) => {
  const downloads = new DownloadsPage(page);
  await downloads.goto();
  const names = await downloads.releaseRows.locator("td:first-child").allInnerTexts();
  expect(names.slice(0, 6)).toEqual([
    "Python 3.14.0",
    "Python 3.13.9",
    "Python 3.13.8",
    "Python 3.12.12",
    "Python 3.11.14",
    "Python 3.10.19",
  ]);
  expect(names.at(-1)).toBe("Python 2.7.18");
  expect(names).not.toContain("Python 3.15.0a1");
  await expect(page.getByTestId("active-releases")).toContainText("3.14");
});

test("a release page lists files with checksums and signatures, and notices for superseded and end-of-life releases", async ({
  page,
}) => {
  await page.goto("/downloads/release/python-3140/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Python 3.14.0");
  const files = page.getByTestId("files-table");
  await expect(files.getByRole("link", { name: "Windows installer (64-bit)" })).toHaveAttribute(
    "href",
    `${BASE}/python-3.14.0-amd64.exe`,
  );
  await expect(files).toContainText("Sigstore");
  await expect(files).toContainText("SBOM");
  await expect(page.getByTestId("superseded-notice")).toHaveCount(0);
  await expect(page.getByTestId("eol-notice")).toHaveCount(0);

  await page.goto("/downloads/release/python-3138/");
  await expect(page.getByTestId("superseded-notice")).toContainText("Python 3.13.9");

  await page.goto("/downloads/release/python-3820/");
  await expect(page.getByTestId("eol-notice")).toContainText("end-of-life");
  await expect(page.getByTestId("files-table")).toContainText("GPG");
});

test("unknown releases and operating systems answer 404", async ({ request }) => {
  expect((await request.get("/downloads/release/python-0000/")).status()).toBe(404);
  expect((await request.get("/downloads/no-such-os/")).status()).toBe(404);
});

test("latest redirects point at the newest release of a series, or back to /downloads/", async ({
  request,
}) => {
  const latest = await request.get("/downloads/latest/", { maxRedirects: 0 });
  expect(latest.status()).toBe(302);
  expect(latest.headers()["location"]).toMatch(/\/downloads\/release\/python-3140\/$/);
  expect((await request.get("/downloads/latest/python3.13/")).url()).toMatch(
    /\/downloads\/release\/python-3139\/$/,
  );
  expect((await request.get("/downloads/latest/python2/")).url()).toMatch(
    /\/downloads\/release\/python-2718\/$/,
  );
  const none = await request.get("/downloads/latest/python3.99/");
  expect(none.status()).toBe(200);
  expect(none.url()).toMatch(/\/downloads\/$/);
  expect((await request.get("/downloads/latest/pymanager/")).url()).toMatch(
    /\/downloads\/release\/pymanager-252\/$/,
  );
});

test("the releases feed is RSS with the ten newest releases", async ({ request }) => {
  const res = await request.get("/downloads/feed.rss");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await res.text();
  expect(xml).toContain("<title>Python Releases</title>");
  expect(xml.match(/<item>/g)).toHaveLength(10);
});

test("/getit/ serves the downloads section and legacy release paths redirect", async ({ request }) => {
  const getit = await request.get("/getit/");
  expect(getit.status()).toBe(200);
  expect(await getit.text()).toContain("Looking for a specific release?");
  expect((await request.get("/download/releases/3.13.9/")).url()).toMatch(
    /\/downloads\/release\/python-3139\/$/,
  );
  const hop = await request.get("/download/releases/3.13.9/", { maxRedirects: 0 });
  expect([hop.status(), hop.headers().location]).toEqual([301, "/downloads/release/python-3139/"]);
});

test("a legacy release path whose release keeps its own page there serves that page", async ({ request }) => {
  // apps/pages/views.py: no redirect when release_page is set; the CMS page at the path answers.
  const n = 20 + (Date.now() % 70);
  const version = `2.${n}.1`;
  const slug = `python-2${n}1`;
  await withDb(async (c) => {
    const page = await c.query<{ id: number }>(
      `INSERT INTO pages_page (title, path, content, content_markup_type, _content_rendered, is_published, updated)
       VALUES ($1, $2, '', 'html', '<p>The old release page.</p>', true, now())
       ON CONFLICT (path) DO UPDATE SET title = EXCLUDED.title RETURNING id`,
      [`Python ${version} Release`, `download/releases/${version}`],
    );
    await c.query(
      `INSERT INTO downloads_release (name, slug, version, is_published, release_date, release_page_id, updated)
       VALUES ($1, $2, 2, true, now(), $3, now()) ON CONFLICT (slug) DO UPDATE SET release_page_id = EXCLUDED.release_page_id`,
      [`Python ${version}`, slug, page.rows[0]!.id],
    );
  });
  // Written behind the app's back: the anonymous v2 release list is cached under this tag.
  await expireCacheTags(["releases"]);
  const res = await request.get(`/download/releases/${version}/`, { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain("The old release page.");
  // No release and no page: 404, not a redirect to nowhere.
  expect((await request.get("/download/releases/9.99.99/", { maxRedirects: 0 })).status()).toBe(404);
});

test("every download link on the release page and the home widget is counted (ping)", async ({ page }) => {
  for (const path of ["/downloads/release/python-3140/", "/"]) {
    await page.goto(path);
    // The files themselves, in the page's own content (the header's downloads mega-menu is a
    // box, stored HTML without pings); their signature and SBOM sidecars are not downloads.
    const links = page.locator("main").locator(
      'a[href^="https://www.python.org/ftp/"]:not([href$=".asc"]):not([href$=".sig"]):not([href$=".crt"]):not([href$=".sigstore"]):not([href$=".spdx.json"])',
    );
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      const href = (await link.getAttribute("href"))!;
      expect([path, await link.getAttribute("ping")]).toEqual([
        path,
        `/api/downloads/ping/?url=${encodeURIComponent(href)}`,
      ]);
    }
  }
});
