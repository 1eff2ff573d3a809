import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The home page's code-sample slideshow (templates/python/index.html #dive-into-python) and its
// admin: keyboard operation, no autoplay under reduced motion, and an editor's change on the
// home page at once.
const slideshow = (page: Page) => page.getByRole("region", { name: "Python code samples" });
const slide = (page: Page, n: number) =>
  slideshow(page).getByRole("group", { name: new RegExp(`^${n} of \\d+$`), includeHidden: true });
const current = async (page: Page) => {
  const groups = slideshow(page).locator('[aria-roledescription="slide"]');
  const n = await groups.count();
  for (let i = 0; i < n; i++) if ((await groups.nth(i).getAttribute("aria-hidden")) !== "true") return i + 1;
  return 0;
};

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("buttons, dots and arrow keys move between the samples, announced politely", async ({ page }) => {
    await gotoHydrated(page, "/");
    await expect(slideshow(page)).toHaveAttribute("aria-roledescription", "carousel");
    await expect(slide(page, 2)).toHaveAttribute("aria-hidden", "true");
    expect(await current(page)).toBe(1);

    await slideshow(page).getByRole("button", { name: "Next sample" }).click();
    await expect.poll(() => current(page)).toBe(2);
    await expect(page.getByTestId("code-samples-status")).toHaveText(/^Sample 2 of \d$/);
    await expect(page.getByTestId("code-samples-status")).toHaveAttribute("aria-live", "polite");

    await slideshow(page)
      .getByRole("button", { name: /^Show sample 4 of/ })
      .click();
    await expect.poll(() => current(page)).toBe(4);
    await expect(slideshow(page).getByRole("button", { name: /^Show sample 4 of/ })).toHaveAttribute(
      "aria-current",
      "true",
    );

    // Arrow keys wherever focus is inside the slideshow; Previous wraps from the first to the last.
    await slideshow(page)
      .getByRole("group", { name: /use the arrow keys/ })
      .focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => current(page)).toBe(3);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => current(page)).toBe(5);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => current(page)).toBe(1);
    await slideshow(page).getByRole("button", { name: "Previous sample" }).press("Enter");
    await expect.poll(() => current(page)).toBe(5);
    await expect(slideshow(page).getByRole("link", { name: /Launch Interactive Shell/ })).toHaveAttribute(
      "href",
      "/shell/",
    );
  });

  test("nothing moves by itself until the visitor presses Play", async ({ page }) => {
    await gotoHydrated(page, "/");
    await page.mouse.move(0, 0);
    const play = slideshow(page).getByRole("button", { name: "Play slideshow" });
    await expect(play).toBeVisible();
    await page.waitForTimeout(7_000);
    expect(await current(page)).toBe(1);
    await play.click();
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => current(page), { timeout: 10_000 }).toBe(2);
  });
});

test("without a motion preference it advances on its own, pauses on hover and with the Pause button", async ({
  page,
}) => {
  await gotoHydrated(page, "/");
  await page.mouse.move(0, 0);
  await expect.poll(() => current(page), { timeout: 10_000 }).toBe(2);
  await slideshow(page).hover();
  const at = await current(page);
  await page.waitForTimeout(7_000);
  expect(await current(page)).toBe(at);
  await slideshow(page).getByRole("button", { name: "Pause slideshow" }).click();
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(7_000);
  expect(await current(page)).toBe(at);
  await expect(slideshow(page).getByRole("button", { name: "Play slideshow" })).toBeVisible();
});

test("without script every sample is on the page and the first is in view", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  const slides = page.locator('[aria-roledescription="slide"]');
  expect(await slides.count()).toBe(5);
  // Side by side in the strip: the first fills it, the others wait to its right.
  const strip = (await page.getByRole("group", { name: /use the arrow keys/ }).boundingBox())!;
  const first = (await slides.first().boundingBox())!;
  const second = (await slides.nth(1).boundingBox())!;
  expect(Math.abs(first.x - strip.x)).toBeLessThan(2);
  expect(second.x).toBeGreaterThanOrEqual(strip.x + strip.width - 2);
  for (let i = 0; i < 5; i++) expect(await slides.nth(i).getAttribute("aria-hidden")).toBeNull();
  await context.close();
});

test("an editor previews a changed sample, saves it, and the home page shows it at once", async ({
  page,
  browser,
}) => {
  await signInAs(page, "editor");
  // The first published sample (lowest id) is the home page's first slide.
  const id = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT min(id) AS id FROM codesamples_codesample WHERE is_published"))
        .rows[0]!.id,
  );
  await gotoHydrated(page, "/admin/code-samples/?published=yes");
  await page
    .getByRole("table", { name: "Code samples" })
    .locator(`a[href="/admin/code-samples/${id}/"]`)
    .click();
  await expect(page.getByLabel("Text beside the code")).toBeVisible();
  const copy = page.getByLabel("Text beside the code");
  const code = page.getByLabel("Code", { exact: true });
  const original = { copy: await copy.inputValue(), code: await code.inputValue() };
  const marker = `Edited in e2e ${Date.now() % 100_000}`;
  try {
    await copy.fill(`<h1>${marker}</h1><p>Still <em>safe</em>.<script>alert(1)</script></p>`);
    await code.fill(">>> answer = 6 * 7\n>>> answer\n42");
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByTestId("code-sample-preview");
    await expect(preview.getByRole("heading", { name: marker })).toBeVisible();
    await expect(preview.locator("script")).toHaveCount(0);
    await expect(preview.locator(".hljs-meta").first()).toHaveText(">>>");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    const anon = await browser.newPage({ reducedMotion: "reduce" });
    await anon.goto("/");
    await expect(slideshow(anon).getByRole("heading", { name: marker })).toBeVisible();
    await expect(slideshow(anon).getByText("answer = 6 * 7")).toBeVisible();
    await anon.close();
  } finally {
    await copy.fill(original.copy);
    await code.fill(original.code);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
});

for (const theme of ["python", "python-dark"] as const)
  test(`the slideshow and its admin pass axe (WCAG 2.2 AA) in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
    const axe = async (include: string) =>
      (
        await new AxeBuilder({ page })
          .include(include)
          .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
          .analyze()
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    await gotoHydrated(page, "/");
    expect(await axe('[aria-roledescription="carousel"]')).toEqual([]);
    await signInAs(page, "editor");
    await gotoHydrated(page, "/admin/code-samples/");
    expect(await axe("main")).toEqual([]);
    await page
      .getByRole("table", { name: "Code samples" })
      .locator('a[href$="/"]:not([href*="?"])')
      .first()
      .click();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByTestId("code-sample-preview")).toBeVisible();
    expect(await axe("main")).toEqual([]);
  });
