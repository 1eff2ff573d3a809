import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";

test("the home page is rendered from the seeded database", async ({ page }) => {
  const home = new HomePage(page);
  const response = await home.goto();
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Python/);
  await expect(page.getByText("Python is a programming language that helps you get work done")).toBeVisible();
  await expect(home.latestRelease).toHaveText("Python 3.14.0");
  await expect(home.latestRelease).toHaveAttribute("href", "/downloads/release/python-3140/");
  await expect(home.section("Latest News").getByRole("listitem")).toHaveCount(5);
  await expect(home.section("Upcoming Events")).toContainText("PyCon Harbour");
  await expect(home.section("Upcoming Events")).toContainText("Utrecht Python meetup");
  await expect(home.section("Upcoming Events")).not.toContainText("Core development sprint");
  await expect(home.section("Success Stories").locator("blockquote")).not.toBeEmpty();
  await expect(home.section("Sponsors")).toContainText("Example Cloud Ltd");
  await expect(home.section("Sponsors")).not.toContainText("Tiny Startup GmbH");
});

test("the header carries the menu sections, a search box and a sign-in link", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  for (const name of ["About", "Downloads", "Documentation", "Community", "Events"]) {
    await expect(home.mainNav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("searchbox", { name: "Search python.org" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/accounts/login/");
  await expect(
    page.getByRole("navigation", { name: "Site map" }).getByRole("link", { name: "Developer's Guide" }),
  ).toBeVisible();
});

test("the skip link moves keyboard focus to the content", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await page.keyboard.press("Tab");
  await expect(home.skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
});

test("the theme toggle switches theme and the choice survives a reload", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  expect(await home.theme()).toBeNull();
  await home.themeToggle.click();
  expect(await home.theme()).toBe("python");
  await home.themeToggle.click();
  expect(await home.theme()).toBe("python-dark");
  await page.reload();
  expect(await home.theme()).toBe("python-dark");
  await expect(home.themeToggle).toHaveAttribute("data-theme-choice", "python-dark");
  await home.themeToggle.click();
  expect(await home.theme()).toBeNull();
  await page.reload();
  expect(await home.theme()).toBeNull();
});

test("the system dark preference selects the dark theme without a stored choice", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe("rgb(19, 27, 35)");
  await context.close();
});

test("the layout fits a 360 px wide phone without horizontal scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expect(page.getByTestId("latest-release")).toBeVisible();
  await context.close();
});

test("responses carry the baseline security headers", async ({ request }) => {
  const res = await request.get("/");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(res.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(res.headers()["x-powered-by"]).toBeUndefined();
  // `next start` runs with NODE_ENV=production in the suite.
  expect(res.headers()["strict-transport-security"]).toMatch(/max-age=(\d{8,}|3\d{7}); includeSubDomains/);
  const csp = res.headers()["content-security-policy"] ?? "";
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'"])
    expect(csp).toContain(directive);
});

test("the home download widget links the latest release and, for Windows, the install manager", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("latest-release")).toHaveText("Python 3.14.0");
  await expect(page.getByTestId("install-manager")).toHaveAttribute(
    "href",
    "https://www.python.org/ftp/python/pymanager/python-manager-25.2.msix",
  );
});
