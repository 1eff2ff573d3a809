import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";

// Issue #16, walked as a new user would: the news, the stories and the community pages, one
// post of each media type, a story submitted with an image, published (and its image replaced) by
// staff in the admin, then listed, in its category and in search. Every page answers 200 with
// no error in the browser console; screenshots go to test-results for a look at the layout.
const password = "a walker's passphrase of some length";
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * What went wrong while a page was open: script errors, answers of 400 and above, requests that
 * failed (a dead image, say). Navigation cancels RSC prefetches (ERR_ABORTED): not a fault. The CSP
 * report endpoint's own rate limit (issue #22's noise about Next's inline scripts) is not either.
 */
function watchConsole(page: Page) {
  const errors: string[] = [];
  const ignored = (url: string) => url.includes("/api/csp-report/");
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => {
    if (r.status() >= 400 && !ignored(r.url())) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on("requestfailed", (r) => {
    const why = r.failure()?.errorText ?? "";
    if (!ignored(r.url()) && !why.includes("ERR_ABORTED")) errors.push(`${why} ${r.url()}`);
  });
  return errors;
}

async function visit(page: Page, path: string, shot: string) {
  const res = await page.goto(path);
  expect([path, res?.status()]).toEqual([path, 200]);
  await page.screenshot({ path: `test-results/walk/${shot}.png`, fullPage: true });
}

const postId = (mediaType: number) =>
  withDb(async (c) =>
    Number(
      (await c.query("SELECT id FROM community_post WHERE status = 2 AND media_type = $1 ORDER BY id LIMIT 1", [mediaType]))
        .rows[0].id,
    ),
  );

test("a new visitor walks the news, stories and community; a story goes from submission to search", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await visit(page, "/blogs/", "blogs");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await visit(page, "/success-stories/", "stories");
  await page.getByRole("navigation", { name: "Story categories" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/success-stories\/category\/[\w-]+\/$/);
  await page.screenshot({ path: "test-results/walk/category.png", fullPage: true });
  await visit(page, "/success-stories/wind-farm-maintenance/", "story");
  await visit(page, "/community/", "community");
  for (const [type, name] of [
    [1, "text"],
    [2, "photo"],
    [3, "video"],
    [4, "link"],
  ] as const)
    await visit(page, `/community/${await postId(type)}/`, `community-${name}`);
  // The photo post's picture is one of ours, and it loads.
  await page.goto(`/community/${await postId(2)}/`);
  const photo = page.locator("article[data-media-type='2'] figure img");
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  // A new account submits a story with an image.
  const username = `walker${Date.now()}`;
  await createUser(username, password);
  await signInAs(page, username, password);
  await gotoHydrated(page, "/success-stories/create/");
  await page.screenshot({ path: "test-results/walk/create.png", fullPage: true });
  const stamp = Date.now();
  const name = `Counting birds on the estuary ${stamp}`;
  await page.getByLabel("Story name").fill(name);
  await page.getByLabel("Company name").fill("Estuary Watch");
  await page.getByLabel("Company URL").fill("https://example.org/estuary");
  await page.getByLabel("Category").selectOption({ index: 1 });
  await page.getByLabel("Author", { exact: true }).fill("Walker");
  await page.getByLabel("Pull quote").fill(`Python counts ${stamp} birds a season.`);
  await page.getByLabel("Content").fill("Volunteers log sightings; a *small* script adds them up.");
  await page.getByLabel(/Image/).setInputFiles({ name: "birds.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Submit your story" }).click();
  await expect(page.getByText("Your success story submission has been recorded.")).toBeVisible({ timeout: 15_000 });
  const story = await withDb(
    async (c) => (await c.query("SELECT id, slug, image FROM successstories_story WHERE name = $1", [name])).rows[0],
  );
  expect(story.image).toMatch(/^successstories\/.+\.png$/);

  // Staff look at it in the admin, replace the image (a fake one is refused), publish it.
  const staff = await browser.newPage();
  const staffErrors = watchConsole(staff);
  await signInAs(staff, "staff");
  await gotoHydrated(staff, `/admin/success-stories/${story.id}/`);
  await expect(staff.getByTestId("story-image")).toBeVisible();
  await staff.screenshot({ path: "test-results/walk/admin-story.png", fullPage: true });
  const form = staff.getByRole("form", { name: `Edit the story ${name}` });
  await form.getByLabel("Replace the image").setInputFiles({
    name: "notes.png",
    mimeType: "image/png",
    buffer: Buffer.from("<svg onload=alert(1)>"),
  });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Upload a PNG, JPEG or WebP image.")).toBeVisible({ timeout: 15_000 });
  await form.getByLabel("Replace the image").setInputFiles({ name: "birds2.png", mimeType: "image/png", buffer: PNG });
  await form.getByLabel("Published").check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Saved.")).toBeVisible({ timeout: 15_000 });
  const after = await withDb(
    async (c) => (await c.query("SELECT image, is_published FROM successstories_story WHERE id = $1", [story.id])).rows[0],
  );
  expect(after.is_published).toBe(true);
  expect(after.image).toMatch(/^successstories\/.+\.png$/);
  expect(after.image).not.toBe(story.image);
  await staff.close();

  await expect(async () => {
    await page.goto("/success-stories/");
    await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const img = page.locator("article img").first();
  await expect(img).toHaveAttribute("src", new RegExp(after.image.replace(/[.]/g, "\\.")));
  expect((await page.request.get(await img.getAttribute("src") as string)).status()).toBe(200);
  await page.screenshot({ path: "test-results/walk/published-story.png", fullPage: true });
  await expect(async () => {
    await page.goto(`/search/?q=${stamp}`);
    await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(errors).toEqual([]);
  expect(staffErrors).toEqual([]);
});
