import { expect, test, type Locator, type Page } from "@playwright/test";
import { KEY_PAGES, SCREEN_HEIGHT, THEMES, WIDTHS, type KeyPage } from "./support/key-pages";

// Issue #21 (Build 6): the first screen of the ten key pages, in both themes at a desktop and a
// phone width, against the baselines committed in tests/e2e/__screenshots__/visual.spec.ts/, so a
// change of look is a choice (README, "Test it": how to regenerate them).
//
// What is data rather than look is masked: dates (the seed dates its content relative to today),
// counts, and the lists other specs add to while this one runs (jobs, events, stories, search
// results), plus the slide and the box other specs edit for a moment. The header and its menus,
// the layout, page headings, side columns, buttons, typography and the theme's colours stay
// compared (and the footer, where the first screen reaches it).
//
// It runs in the "chromium" project, beside the specs that change data: those add list entries
// and edit content for a moment (masked here), but never change the site-wide state these pages
// show. The "global-state" project does (publish-latest.spec.ts makes another release the latest,
// throttle.spec.ts sends it 3000 requests) and "last" hides every release.

type Masks = {
  /** Elements whose content is data, and whose box keeps its size: their box is painted over. */
  boxes?: (page: Page) => Locator[];
  /**
   * Lists whose length is data: from the top of the first match down to the bottom of the
   * screen, as wide as the match, so the entries and whatever they push down in that column
   * (never the header or another column) are left out.
   */
  tails?: string[];
  /** Text whose width is data (a date): the match's height, across its closest `across` ancestor. */
  rows?: [selector: string, across: string][];
};

const MASKS: Record<KeyPage, Masks> = {
  // code-samples.spec.ts edits the first slide and boxes.spec.ts the jobs box, each for a moment;
  // both keep their size (the slide strip is as tall as the tallest slide, the box as its row).
  home: { boxes: (page) => [page.locator("#code-sample-1"), page.locator('[data-box="homepage-jobs"]')] },
  downloads: {},
  release: {},
  docs: {},
  about: {},
  events: {
    // The featured event's date; below it, what is happening now depends on the hour.
    rows: [["section:has(#featured-event) time", ".hero-content"]],
    tails: ["#content section.card"],
  },
  jobs: {
    // The featured job stays first and compared down to its date; jobs.spec.ts approves new jobs
    // (listed below it) in new places (the last menu of the side column).
    boxes: (page) => [
      page
        .getByRole("navigation", { name: "Job board" })
        .locator("p")
        .filter({ hasText: /jobs? listed/ }),
    ],
    tails: [
      '[data-testid="job-listing"]:first-child p:has(time)',
      'nav[aria-label="Job board"] section:has(a[href="/jobs/locations/"])',
    ],
  },
  // success-stories.spec.ts publishes stories; the list shows the newest four.
  "success-stories": { tails: ["#stories-title + ul"] },
  blogs: {
    boxes: (page) => [page.locator("#blogs-more + ul")],
    rows: [["article:has(#blogs-latest) time", "article"]],
  },
  search: {
    // The count, and the types after "All", ordered by their counts.
    boxes: (page) => {
      const types = page.getByRole("navigation", { name: "Filter by type" });
      return [
        page.getByText(/^\d+ results?$/),
        types.locator("li:first-child .badge"),
        types.locator("li + li"),
      ];
    },
    tails: ['ol[aria-label="Search results"]'],
  },
};

/** Transparent boxes over the tails and rows, to mask (Playwright masks elements, not rectangles). */
async function markRegions(page: Page, { tails = [], rows = [] }: Masks): Promise<Locator> {
  await page.evaluate(
    ({ tails, rows, screen }) => {
      const find = (selector: string, across?: string) => {
        const el = document.querySelector(selector);
        const wide = across ? el?.closest(across) : el;
        if (!wide)
          throw new Error(`visual.spec: nothing matches ${selector}${across ? ` inside ${across}` : ""}`);
        return wide.getBoundingClientRect();
      };
      const mark = (name: string, left: number, top: number, width: number, height: number) => {
        const box = document.createElement("div");
        box.dataset.visualMask = name;
        Object.assign(box.style, {
          position: "fixed",
          left: `${left}px`,
          top: `${top}px`,
          width: `${width}px`,
          height: `${Math.max(0, height)}px`,
          pointerEvents: "none",
        });
        document.body.append(box);
      };
      for (const selector of tails) {
        const r = find(selector);
        mark(selector, r.left, r.top, r.width, screen - r.top);
      }
      for (const [selector, across] of rows) {
        const [r, wide] = [find(selector), find(selector, across)];
        mark(selector, wide.left, r.top, wide.width, r.height);
      }
    },
    { tails, rows, screen: SCREEN_HEIGHT },
  );
  return page.locator("[data-visual-mask]");
}

for (const [themeName, theme] of Object.entries(THEMES))
  for (const [widthName, width] of Object.entries(WIDTHS))
    test.describe(`${themeName} theme, ${widthName} (${width} px)`, () => {
      test.use({ viewport: { width, height: SCREEN_HEIGHT }, contextOptions: { reducedMotion: "reduce" } });

      for (const [name, path] of KEY_PAGES)
        test(`${name} (${path}) looks as its baseline`, async ({ page }) => {
          await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
          const res = await page.goto(path, { waitUntil: "networkidle" });
          expect(res?.status()).toBe(200);
          await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
          // System fonts today; a web font would otherwise land between two screenshots.
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const masks = MASKS[name];
          const mask = [...(masks.boxes?.(page) ?? []), await markRegions(page, masks)];
          await expect(page).toHaveScreenshot(`${name}-${themeName}-${widthName}.png`, {
            animations: "disabled",
            mask,
            // Each pixel counts once its colour moves by 3 % (the default 20 % lets a shade of the
            // brand blue through); up to 0.2 % of them may, for anti-aliasing at rounded corners.
            threshold: 0.03,
            maxDiffPixelRatio: 0.002,
          });
        });
    });
