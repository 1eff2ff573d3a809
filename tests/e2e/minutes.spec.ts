import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// PSF board minutes (apps/minutes tests as acceptance checks): the archive and a meeting's page
// show published minutes only, a draft or an impossible date answers 404, an editor reads a
// draft in the admin's preview and publishes it, and visitors see it at once; the feed is RSS.
const LIST = "/psf/records/board/minutes/";

const seeded = (published: boolean) =>
  withDb(async (c) => {
    const r = await c.query<{ d: string }>(
      "SELECT to_char(date, 'YYYY-MM-DD') AS d FROM minutes_minutes WHERE is_published = $1 AND date > now() - interval '2 years' ORDER BY date DESC LIMIT 1",
      [published],
    );
    return r.rows[0]!.d;
  });

const anonStatus = async (browser: Browser, path: string) => {
  const page = await browser.newPage();
  const status = (await page.request.get(path, { maxRedirects: 0 })).status();
  await page.close();
  return status;
};

test("the archive lists published minutes by year, a meeting's page shows them with its year's list", async ({
  page,
}) => {
  const [published, draft] = [await seeded(true), await seeded(false)];
  await page.goto(LIST);
  await expect(
    page.getByRole("heading", { level: 1, name: "PSF Board Meeting Minutes Archive" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Subscribe via RSS" })).toHaveAttribute("href", `${LIST}feed/`);
  await expect(page.getByRole("heading", { level: 2, name: published.slice(0, 4) })).toBeVisible();
  await expect(page.locator(`a[href="${LIST}${published}/"]`)).toHaveCount(1);
  await expect(page.locator(`a[href="${LIST}${draft}/"]`)).toHaveCount(0);

  await page.locator(`a[href="${LIST}${published}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`${LIST}${published}/$`));
  await expect(
    page.getByRole("heading", { level: 1, name: /^PSF Meeting Minutes for \w+ \d+, \d{4}$/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Resolutions" })).toBeVisible();
  const year = page.getByRole("navigation", { name: published.slice(0, 4) });
  await expect(year.getByRole("link", { name: /\d{4}$/ }).first()).toBeVisible();
  await expect(year.locator('[aria-current="page"]')).toHaveAttribute("href", `${LIST}${published}/`);
  await expect(year.locator(`a[href="${LIST}${draft}/"]`)).toHaveCount(0);
});

test("a draft and a URL naming no real date are 404s for visitors, never errors", async ({ browser }) => {
  expect(await anonStatus(browser, `${LIST}${await seeded(false)}/`)).toBe(404);
  for (const bad of ["2024-02-30", "2024-13-01", "0000-00-00", "2024-1-1", "not-a-date"])
    expect([bad, await anonStatus(browser, `${LIST}${bad}/`)]).toEqual([bad, 404]);
});

test("an editor writes a draft, previews it in the admin, publishes it, and visitors see it at once", async ({
  page,
  browser,
}) => {
  // A date of its own, far back, so the test never meets the seeded meetings or a rerun's leftovers.
  const date = `19${String(10 + (Date.now() % 80)).padStart(2, "0")}-0${1 + (Date.now() % 9)}-1${Date.now() % 10}`;
  await withDb((c) => c.query("DELETE FROM minutes_minutes WHERE date = $1", [date]));
  await signInAs(page, "editor");
  await gotoHydrated(page, "/admin/minutes/new/");
  await page.getByLabel("Meeting date").fill(date);
  await page.getByLabel("Markup").selectOption("restructuredtext");
  await page
    .getByRole("textbox", { name: "Minutes" })
    .fill("Attendees\n=========\n\nThe e2e board met and *approved* everything.\n");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^PSF Meeting Minutes / })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/")[3]!;

  // A second meeting on the same day is refused on the date field, keeping what was typed.
  await gotoHydrated(page, "/admin/minutes/new/");
  await page.getByLabel("Meeting date").fill(date);
  await page.getByRole("textbox", { name: "Minutes" }).fill("Twice");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText(/There are already minutes for/)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Minutes" })).toHaveValue("Twice");

  await page.goto(`/admin/minutes/${id}/preview/`);
  await expect(page.getByRole("status")).toContainText("This is a draft");
  await expect(page.getByRole("heading", { name: "Attendees" })).toBeVisible();
  await expect(page.locator("em", { hasText: "approved" })).toBeVisible();
  expect(await anonStatus(browser, `${LIST}${date}/`)).toBe(404);

  await gotoHydrated(page, `/admin/minutes/${id}/`);
  await page.getByLabel("Published").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const anon = await browser.newPage();
  const res = await anon.goto(`${LIST}${date}/`);
  expect(res?.status()).toBe(200);
  await expect(anon.locator("em", { hasText: "approved" })).toBeVisible();
  await anon.goto(LIST);
  await expect(anon.locator(`a[href="${LIST}${date}/"]`)).toHaveCount(1);
  await anon.close();

  // Deleted again: the page is gone for visitors at once.
  await gotoHydrated(page, `/admin/minutes/?published=yes&q=${encodeURIComponent("e2e board")}`);
  const list = page.getByRole("table", { name: "Board minutes" });
  await list.getByRole("button", { name: /Delete/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(list.locator(`a[href="/admin/minutes/${id}/"]`)).toHaveCount(0);
  expect(await anonStatus(browser, `${LIST}${date}/`)).toBe(404);
});

test("the feed is RSS 2.0: parsed by the browser's XML parser, 20 published items at most, absolute links", async ({
  page,
}) => {
  const res = await page.request.get(`${LIST}feed/`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await res.text();
  // about:blank is enough: Chromium's XML parser reports any malformed byte as a parsererror.
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) return { error: doc.documentElement.textContent };
    const channel = doc.querySelector("rss > channel")!;
    const items = [...channel.querySelectorAll(":scope > item")].map((i) => ({
      title: i.querySelector("title")?.textContent,
      link: i.querySelector("link")?.textContent,
      pubDate: i.querySelector("pubDate")?.textContent,
      description: i.querySelector("description")?.textContent,
    }));
    return {
      version: doc.documentElement.getAttribute("version"),
      title: channel.querySelector(":scope > title")?.textContent,
      link: channel.querySelector(":scope > link")?.textContent,
      description: channel.querySelector(":scope > description")?.textContent,
      items,
    };
  }, xml);
  expect(feed).not.toHaveProperty("error");
  expect(feed).toMatchObject({
    version: "2.0",
    title: "PSF Board Meeting Minutes Feed",
    description: "PSF Board Meeting Minutes",
    link: expect.stringMatching(/^https?:\/\/[^/]+\/psf\/records\/board\/minutes\/$/),
  });
  const items = feed.items!;
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(20);
  const draft = await seeded(false);
  for (const item of items) {
    const day = /^PSF Meeting Minutes for (\d{4}-\d{2}-\d{2})$/.exec(item.title ?? "")?.[1];
    expect(day, item.title ?? "").toBeTruthy();
    expect(day).not.toBe(draft);
    expect(item.link).toMatch(new RegExp(`^https?://[^/]+/psf/records/board/minutes/${day}/$`));
    expect(new Date(item.pubDate!).toISOString()).toBe(`${day}T00:00:00.000Z`);
    expect(item.description).toContain("<");
  }
  const dates = items.map((i) => i.title);
  expect(dates).toEqual([...dates].sort().reverse());
});

for (const theme of ["python", "python-dark"] as const)
  test(`the minutes pages and their admin pass axe (WCAG 2.2 AA) in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
    const axe = async () =>
      (
        await new AxeBuilder({ page })
          .include("main")
          .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
          .analyze()
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    const draftId = await withDb(
      async (c) =>
        (
          await c.query<{ id: number }>(
            "SELECT id FROM minutes_minutes WHERE NOT is_published ORDER BY date DESC LIMIT 1",
          )
        ).rows[0]!.id,
    );
    for (const path of [LIST, `${LIST}${await seeded(true)}/`]) {
      await gotoHydrated(page, path);
      expect([path, await axe()]).toEqual([path, []]);
    }
    await signInAs(page, "editor");
    for (const path of [
      "/admin/minutes/",
      "/admin/minutes/new/",
      `/admin/minutes/${draftId}/`,
      `/admin/minutes/${draftId}/preview/`,
    ]) {
      await gotoHydrated(page, path);
      expect([path, await axe()]).toEqual([path, []]);
    }
  });
