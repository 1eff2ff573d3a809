import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// Boxes (apps/boxes) in their places, /box/<label>/, the small utilities, the boxes admin and the
// PSF banner. Box texts are read from the database, so the checks follow whatever the seed says.
// Text without tags or whitespace: the browser's textContent joins blocks without spaces.
const squash = (text: string) => text.replace(/\s+/g, "");
const plain = (html: string) =>
  squash(
    html
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .replace(/&#39;|&rsquo;/g, "'")
      .replace(/&gt;/g, ">")
      .replace(/&lt;/g, "<")
      .replace(/&[a-z#0-9]+;/g, ""),
  );

async function boxText(label: string): Promise<string> {
  const html = await withDb(
    async (c) =>
      (
        await c.query<{ html: string }>("SELECT _content_rendered AS html FROM boxes_box WHERE label = $1", [
          label,
        ])
      ).rows[0]?.html ?? "",
  );
  return plain(html).slice(0, 40);
}

async function expectBoxes(page: Page, labels: string[]) {
  for (const label of labels) {
    const text = await boxText(label);
    expect([label, text.length > 0]).toEqual([label, true]);
    const shown = squash((await page.locator(`[data-box="${label}"]`).textContent()) ?? "");
    expect([label, shown]).toEqual([label, expect.stringContaining(text)]);
  }
}

test("the home page renders every homepage box from the database, and the latest release", async ({
  page,
}) => {
  await page.goto("/");
  await expectBoxes(page, [
    "homepage-introduction",
    "homepage-get-started",
    "homepage-documentation",
    "homepage-jobs",
    "widget-use-python-for",
    "widget-about-psf",
  ]);
  await expect(page.getByTestId("latest-release")).toHaveText("Python 3.14.0");
});

test("/about/, /doc/ and /downloads/ show their boxes", async ({ page }) => {
  await page.goto("/about/");
  await expectBoxes(page, [
    "aboutpython-banner",
    "aboutpython-getstarted",
    "aboutpython-easytolearn",
    "aboutpython-applications",
    "aboutpython-opensource",
    "usermessage-helplink",
  ]);
  await page.goto("/doc/");
  await expectBoxes(page, [
    "documentation-banner",
    "documentation-beginners",
    "documentation-moderate",
    "documentation-advanced",
    "documentation-general",
    "widget-weneedyou",
    "usermessage-helplink",
  ]);
  await expect(page.getByRole("link", { name: "Browse Python 3.14.0 Documentation" })).toBeVisible();
  await page.goto("/downloads/");
  await expectBoxes(page, [
    "download-banner",
    "download-otherreleases",
    "download-widget1",
    "download-sources",
    "download-widget3",
    "download-widget4",
    "usermessage-releaseschedule",
    "download-dev",
    "download-pgp",
  ]);
  // download-sources is generated from the latest release's source file.
  await expect(
    page.locator('[data-box="download-sources"] a[href$="/3.14.0/Python-3.14.0.tgz"]'),
  ).toBeVisible();
});

test("/box/<label>/ answers the rendered HTML, and 404 for a missing label", async ({ request }) => {
  const res = await request.get("/box/supernav-python-downloads/");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/html");
  expect(await res.text()).toContain('class="download-os-windows"');
  const missing = await request.get("/box/no-such-box-here/");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toBe("Not found");
  expect((await request.get("/box/bad%20label!/")).status()).toBe(404);
});

test("/funding.json, /robots.txt, /humans.txt and /_health answer as python.org's do", async ({
  request,
}) => {
  const funding = await request.get("/funding.json");
  expect(funding.status()).toBe(200);
  expect(funding.headers()["content-type"]).toContain("application/json");
  const manifest = (await funding.json()) as { entity: { name: string }; projects: { guid: string }[] };
  expect(manifest.entity.name).toBe("Python Software Foundation");
  expect(manifest.projects.map((p) => p.guid)).toContain("cpython");

  const robots = await request.get("/robots.txt");
  expect(robots.headers()["content-type"]).toContain("text/plain");
  const rules = await robots.text();
  for (const agent of ["HTTrack", "puf", "MSIECrawler", "Nutch"])
    expect(rules).toMatch(new RegExp(`User-Agent: ${agent}\\n(?:User-Agent: .*\\n)*Disallow: /\\n`, "i"));
  expect(rules).toMatch(/User-Agent: \*\nDisallow: \/~guido\/orlijn\/\nDisallow: \/webstats\//i);

  const humans = await request.get("/humans.txt");
  expect(humans.headers()["content-type"]).toContain("text/plain");
  expect(await humans.text()).toContain("humanstxt.org");

  for (const path of ["/_health", "/_health/"]) {
    const health = await request.get(path);
    expect([path, health.status()]).toEqual([path, 200]);
    expect(health.headers()["content-type"]).toContain("text/plain");
    expect(await health.text()).toBe("OK");
  }
});

test("/shell/ is the home page with the console.python.org shell", async ({ page }) => {
  await page.goto("/shell/");
  await expect(page.getByTitle("Python console, hosted by console.python.org")).toHaveAttribute(
    "src",
    "https://console.python.org/python-dot-org-console/",
  );
  await expect(page.locator('[data-box="homepage-introduction"]')).toBeVisible();
});

test("the content editor edits a box with a live preview, and the home page shows it on the next request", async ({
  page,
}) => {
  await signInAs(page, "editor");
  const id = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM boxes_box WHERE label = 'homepage-jobs'")).rows[0]!.id,
  );
  await gotoHydrated(page, "/admin/boxes/?q=homepage-jobs");
  await page.getByRole("table", { name: "Boxes" }).getByRole("link", { name: "homepage-jobs" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/boxes/${id}/$`));
  await expect(page.getByLabel("Content")).toBeVisible();
  const original = await page.getByLabel("Content").inputValue();
  const marker = `Quokka hiring ${Date.now() % 100_000}`;
  try {
    await page.getByLabel("Markup").selectOption("markdown");
    await page.getByLabel("Content").fill(`## Jobs\n\n**${marker}** <script>alert(1)</script>`);
    await expect(page.getByTestId("markup-preview").locator("strong")).toHaveText(marker);
    await expect(page.getByTestId("markup-preview").locator("script")).toHaveCount(0);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible({ timeout: 15_000 });
    await page.goto("/");
    await expect(page.locator('[data-box="homepage-jobs"] strong')).toHaveText(marker);
    expect(await (await page.request.get("/box/homepage-jobs/")).text()).toContain(marker);
  } finally {
    await gotoHydrated(page, `/admin/boxes/${id}/`);
    await page.getByLabel("Markup").selectOption("html");
    await page.getByLabel("Content").fill(original);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible({ timeout: 15_000 });
  }
});

test("generated boxes are read-only in the admin, and a refused label is a field error", async ({ page }) => {
  await signInAs(page, "editor");
  const id = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM boxes_box WHERE label = 'homepage-downloads'")).rows[0]!
        .id,
  );
  await gotoHydrated(page, `/admin/boxes/${id}/`);
  await expect(page.getByTestId("generated-note")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);

  await gotoHydrated(page, "/admin/boxes/new/");
  await page.getByLabel("Label").fill("supernav-python-blog");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("This box is generated from the site's data")).toBeVisible();
  await expect(page.getByLabel("Label")).toHaveValue("supernav-python-blog");
});

test("the PSF landing shows its boxes, the PSF news and the active PSF-only banner", async ({ page }) => {
  await signInAs(page, "staff");
  const title = `PSF banner e2e ${Date.now() % 100_000}`;
  await gotoHydrated(page, "/admin/banners/new/");
  await page.getByLabel("Button text").fill(title);
  await page.getByLabel("Message").fill("The PSF board election opens soon.");
  await page.getByRole("textbox", { name: "Link" }).fill("/psf/about/");
  await page.getByLabel("Active").check();
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const bannerUrl = page.url();
  try {
    // Banner writes revalidate stale-while-revalidate (lib/banners/mutations): a reload or two.
    await expect(async () => {
      await page.goto("/psf-landing/");
      await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expectBoxes(page, [
      "psf-banner",
      "psf-widget0",
      "psf-widget1",
      "psf-widget2",
      "psf-widget3",
      "psf-grants",
    ]);
    await expect(page.getByRole("region", { name: "PSF News" }).getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", "/psf/about/");
    // PSF-only: the home page keeps to site-wide banners.
    await page.goto("/");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  } finally {
    await gotoHydrated(page, bannerUrl);
    await page.getByLabel("Active").uncheck();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible({ timeout: 15_000 });
  }
});
