import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated } from "./support/auth";

// Issue #13: axe (WCAG 2.2 AA) finds nothing serious on the home page, a CMS page and a PSF page,
// in both themes and on a 390 px phone as well as a desktop.
const THEMES = ["python", "python-dark"] as const;
const PAGES = [
  "/",
  "/about/",
  "/about/apps/",
  "/psf/grants/",
  "/psf-landing/",
  "/psf/records/board/minutes/",
  "/psf/sponsors/",
  "/blogs/",
  "/success-stories/",
  "/success-stories/wind-farm-maintenance/",
  "/success-stories/category/engineering/",
  "/community/",
  "/events/",
  "/events/python-events/",
  "/jobs/",
  // The seed's first job (the featured one): a detail page with its category list and neighbours.
  "/jobs/1/",
];
const WIDTHS = [1366, 390];

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const theme of THEMES)
  for (const width of WIDTHS)
    test(`home, a CMS page and PSF pages pass axe in ${theme} at ${width} px`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 900 });
      // The slideshow holds still, so colours are measured on settled slides.
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
      for (const path of PAGES) {
        await gotoHydrated(page, path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        // A slideshow may still be fading in: let animations settle before colours are measured.
        await page.evaluate(() =>
          Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))),
        );
        expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
        // Nothing sticks out sideways on a phone (pythondotorg#1003, #3009).
        expect({
          path,
          overflow: await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1),
        }).toEqual({ path, overflow: false });
      }
    });
