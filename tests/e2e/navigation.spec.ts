import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The site shell from the sitetree (templates/base.html, templates/sitetree/*): the main nav's
// sections with mega-menus, the PSF nav on PSF pages, the phone menu, breadcrumbs, and the
// menus admin whose edits the header shows on the next request.

/** A seeded supernav box's text (the mega-menu shows it), or null when the seed has none. */
async function boxText(label: string): Promise<string | null> {
  const html = await withDb(
    async (c) =>
      (
        await c.query<{ html: string }>(`SELECT _content_rendered AS html FROM boxes_box WHERE label = $1`, [
          label,
        ])
      ).rows[0]?.html ?? null,
  );
  const text = html
    ?.replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text ? text.slice(0, 40).trim() : null;
}

test("the header shows the sections; a mega-menu opens on hover and on focus, and Escape closes it", async ({
  page,
}) => {
  // The supernav boxes are <li> elements: placed wrongly they break the header's HTML and hydration.
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await gotoHydrated(page, "/");
  const network = page.getByRole("navigation", { name: "The Python Network" });
  for (const name of ["Python", "PSF", "Docs", "PyPI", "Jobs", "Community"])
    await expect(network.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Donate", exact: true })).toHaveAttribute(
    "href",
    "https://donate.python.org/",
  );
  const main = page.getByRole("navigation", { name: "Main" });
  const sections = ["About", "Downloads", "Documentation", "Community", "Success Stories", "News", "Events"];
  for (const name of sections) await expect(main.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(main.getByRole("link", { name: "Contributing", exact: true })).toHaveCount(0);

  const panel = page.getByTestId("mega-menu-about");
  const applications = panel.getByRole("link", { name: "Applications" });
  await expect(applications).toBeHidden();
  await main.getByRole("link", { name: "About", exact: true }).hover();
  await expect(applications).toBeVisible();
  const about = await boxText("supernav-python-about");
  if (about) await expect(panel).toContainText(about);

  // Keyboard: focus opens the next section's panel, Escape closes it and keeps focus on its link.
  await page.mouse.move(5, 600);
  await expect(applications).toBeHidden();
  const downloads = main.getByRole("link", { name: "Downloads", exact: true });
  await downloads.focus();
  const windows = page.getByTestId("mega-menu-downloads").getByRole("link", { name: "Windows" });
  await expect(windows).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(windows).toBeHidden();
  await expect(downloads).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(windows).toBeVisible();
  expect(errors).toEqual([]);
});

test("the footer has the sitemap with Contributing, the footer links and the copyright line", async ({
  page,
}) => {
  await page.goto("/");
  const sitemap = page.getByRole("navigation", { name: "Site map" });
  await expect(sitemap.getByRole("link", { name: "Contributing" })).toHaveAttribute("href", "/dev/");
  await expect(sitemap.getByRole("link", { name: "Python Essays" })).toHaveAttribute("href", "/doc/essays/");
  const footer = page.getByRole("navigation", { name: "Footer" });
  await expect(footer.getByRole("link", { name: "Help & General Contact" })).toHaveAttribute(
    "href",
    "/about/help/",
  );
  await expect(footer.getByRole("link", { name: "Status" })).toHaveAttribute(
    "href",
    "https://status.python.org/",
  );
  const year = new Date().getFullYear();
  await expect(page.getByRole("contentinfo")).toContainText(
    `Copyright ©2001-${year} Python Software Foundation`,
  );
  await expect(page.getByRole("link", { name: "Privacy Notice" })).toHaveAttribute(
    "href",
    "https://policies.python.org/python.org/Privacy-Notice/",
  );
});

test("PSF pages show the PSF nav and logo", async ({ page }) => {
  await page.goto("/psf-landing/");
  await expect(page.getByTestId("site-logo")).toHaveAttribute("data-site", "psf");
  const main = page.getByRole("navigation", { name: "Main" });
  await expect(main).toHaveAttribute("data-site", "psf");
  for (const name of ["Sponsorship", "Membership", "Donations", "Grants", "Legal"])
    await expect(main.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(main.getByRole("link", { name: "Success Stories", exact: true })).toHaveCount(0);

  await page.goto("/about/");
  await expect(page.getByTestId("site-logo")).toHaveAttribute("data-site", "python");
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveAttribute("data-site", "python");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a Menu button opens a compact accordion and nothing overflows sideways", async ({ page }) => {
    await gotoHydrated(page, "/");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    const header = await page.locator("header").boundingBox();
    expect(header!.height).toBeLessThan(160);
    const button = page.getByRole("button", { name: "Menu" });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    const menu = page.getByRole("navigation", { name: "Menu" });
    await expect(menu.getByText("Downloads", { exact: true })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Windows" })).toBeHidden();
    await menu.getByText("Downloads", { exact: true }).click();
    await expect(menu.getByRole("link", { name: "Windows" })).toBeVisible();
    const box = await menu.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(844 * 0.7 + 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
  });
});

test("a nested CMS page shows its breadcrumbs, the page last", async ({ page }) => {
  await page.goto("/about/apps/");
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Python" })).toHaveAttribute("href", "/");
  await expect(crumbs.getByRole("link", { name: "About" })).toHaveAttribute("href", "/about/");
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Applications");
});

test("an editor renames a menu item and the header shows the new title on the next request", async ({
  page,
}) => {
  const item = await withDb(
    async (c) =>
      (
        await c.query<{ id: number; title: string }>(
          `SELECT id, title FROM navigation_menuitem WHERE title = 'Submit an Event' ORDER BY id LIMIT 1`,
        )
      ).rows[0]!,
  );
  const renamed = `Tell us your event ${Date.now() % 100_000}`;
  await signInAs(page, "editor");
  try {
    await gotoHydrated(page, "/admin/navigation/");
    await page
      .getByTestId(`menu-item-${item.id}`)
      .getByRole("link", { name: item.title, exact: true })
      .click();
    await expect(page.getByRole("heading", { name: item.title, level: 1 })).toBeVisible();
    await page.getByLabel("URL").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Enter a path starting with / or an http(s) URL.")).toBeVisible();
    await page
      .getByLabel("URL")
      .fill("https://wiki.python.org/moin/PythonEventsCalendar#Submitting_an_Event");
    await page.getByLabel("Title").fill(renamed);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    await page.goto("/");
    await expect(page.getByTestId("mega-menu-events")).toContainText(renamed);

    await gotoHydrated(page, `/admin/navigation/${item.id}/`);
    await page.getByLabel("Title").fill(item.title);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.goto("/");
    await expect(page.getByTestId("mega-menu-events")).toContainText(item.title);
  } finally {
    // Should the test fail half-way, the title is put back (the cache refreshes within its life).
    await withDb((c) =>
      c.query(`UPDATE navigation_menuitem SET title = $1 WHERE id = $2`, [item.title, item.id]),
    );
  }
});
