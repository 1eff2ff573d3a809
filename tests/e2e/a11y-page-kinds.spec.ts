import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { pageKindsMissingASample, pageSamples, type PageSample, type Viewer } from "./support/page-kinds";

// Issue #21: every page kind, public and admin, passes axe (WCAG 2.2 AA, no serious or critical
// violation) in both themes at 1366 and 390 px, answers its status (200, or 404 for the not-found
// page), and nothing sticks out sideways. One load per page; the theme (data-theme, as
// THEME_SCRIPT sets it) and the width change in place, so each page costs one render and four scans.
// The site's shell (header, menus, footer; the admin's sidebar) is the same on every page: it is
// scanned whole on the first page of each part and viewer, and only <main> on the others, which
// is what differs between page kinds (and most of what axe's contrast check costs).
const THEMES = ["python", "python-dark"] as const;
const WIDTHS = [1366, 390] as const;

// Parts small enough that the two workers share them evenly.
const GROUPS: { name: string; viewers: Viewer[]; parts: number }[] = [
  { name: "public pages", viewers: ["visitor"], parts: 6 },
  { name: "member, sponsor and moderator pages", viewers: ["alice", "bob", "moderator"], parts: 3 },
  { name: "admin pages", viewers: ["staff"], parts: 10 },
];

/** Lets finite transitions (a theme's colours) finish; a spinner's endless animation never does. */
async function settle(page: Page) {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Infinity)))
          .map((a) => a.finished.catch(() => null)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
}

async function scan(page: Page, whole: boolean): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (whole ? axe : axe.include("main"))
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .options({ resultTypes: ["violations"] })
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function checkPage(page: Page, sample: PageSample, whole: boolean) {
  const hydrated = page
    .waitForResponse((r) => new URL(r.url()).pathname === "/api/session", { timeout: 5_000 })
    .catch(() => null);
  const res = await page.goto(sample.url);
  const status = res?.status() ?? 0;
  expect.soft({ url: sample.url, status, allowed: (sample.statuses ?? [200]).includes(status) }).toEqual({
    url: sample.url,
    status,
    allowed: true,
  });
  await hydrated;
  if (sample.ready) await page.locator(sample.ready).first().waitFor({ timeout: 30_000 });
  const found: { url: string; theme: string; width: number; violations: string[]; overflow: boolean }[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const theme of THEMES) {
      await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
      await settle(page);
      const violations = await scan(page, whole);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      found.push({ url: sample.url, theme, width, violations, overflow });
    }
  }
  return found;
}

test("every page kind under app/ has a sample in the accessibility walk", async () => {
  expect(pageKindsMissingASample(await pageSamples())).toEqual([]);
});

for (const group of GROUPS)
  for (let part = 0; part < group.parts; part++)
    test(`${group.name} (part ${part + 1} of ${group.parts}) pass axe in both themes at 1366 and 390 px`, async ({
      browser,
    }) => {
      test.setTimeout(480_000);
      const all = (await pageSamples()).filter((s) => group.viewers.includes(s.as));
      const mine = all.filter((_, i) => i % group.parts === part);
      const failures: unknown[] = [];
      for (const viewer of group.viewers) {
        const samples = mine.filter((s) => s.as === viewer);
        if (!samples.length) continue;
        const context = await browser.newContext({ reducedMotion: "reduce" });
        const page = await context.newPage();
        if (viewer !== "visitor") await signInAs(page, viewer);
        for (const [i, sample] of samples.entries())
          for (const r of await checkPage(page, sample, i === 0))
            if (r.violations.length || r.overflow) failures.push(r);
        await context.close();
      }
      expect(failures).toEqual([]);
    });
