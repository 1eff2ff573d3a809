import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

// Issue #21: looks that broke on main, each kept fixed here.

const channel = (rgb: string) =>
  rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
const lightness = (rgb: string) => {
  const [r, g, b] = channel(rgb);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
};

for (const [theme, dark] of [
  ["python", false],
  ["python-dark", true],
] as const)
  test(`the main navigation bar belongs to the ${theme} theme: brand blue, light text`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
    await gotoHydrated(page, "/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    const nav = page.getByRole("navigation", { name: "Main" }).filter({ visible: true });
    const { bg, fg } = await nav.evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, fg: s.color };
    });
    // Blue: its blue channel leads. Dark theme: darker than the light theme's bar, never pale.
    const [r, , b] = channel(bg);
    expect(b!).toBeGreaterThan(r!);
    expect(lightness(bg)).toBeLessThan(dark ? 0.25 : 0.4);
    expect(lightness(fg)).toBeGreaterThan(0.85);
  });

for (const width of [1366, 390])
  test(`the admin dashboard fits a ${width} px window and its tiles use the width`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAs(page, "staff");
    await gotoHydrated(page, "/admin/");
    const stats = page.getByTestId("dashboard-stats");
    await expect(stats.locator("li").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const grid = await stats.boundingBox();
    const tile = await stats.locator("li").first().boundingBox();
    // On a phone a tile is the grid's full width (one column); on a desktop several share a row.
    if (width < 420) expect(tile!.width).toBeGreaterThan(grid!.width * 0.95);
    else expect(tile!.width).toBeLessThan(grid!.width * 0.5);
    for (const box of await stats
      .locator("li")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(grid!.x + grid!.width + 1);
  });
