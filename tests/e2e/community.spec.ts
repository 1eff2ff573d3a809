import { expect, test } from "@playwright/test";
import { withDb } from "./support/db";

// Issue #16 (§2.9, §1.10, §8.6): community posts, public only, each rendered by its media type.
const idOf = (title: string) =>
  withDb(async (c) => (await c.query<{ id: number }>("SELECT id FROM community_post WHERE title = $1", [title])).rows[0]!.id);

test("the list shows public posts with the community boxes, never a private one", async ({ page }) => {
  expect((await page.goto("/community/"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Our Community" })).toBeVisible();
  await expect(page.locator('[data-box="community-banner"]')).toBeVisible();
  const list = page.getByRole("region", { name: "From the community" });
  for (const title of [
    "Ten years of the Utrecht user group",
    "What we learned mentoring first-time contributors",
    "The sprint room on the last day",
    "Recording: packaging for people in a hurry",
  ])
    await expect(list.getByRole("link", { name: title })).toBeVisible();
  await expect(list.getByText("Draft photo post")).toHaveCount(0);
  // Newest first.
  await expect(list.getByRole("heading", { level: 3 }).first()).toHaveText("Recording: packaging for people in a hurry");
  expect((await page.request.get("/community/?page=2")).status()).toBe(404);
});

test("each media type has its own rendering; private posts and unknown ids are 404", async ({ page }) => {
  await page.goto(`/community/${await idOf("The sprint room on the last day")}/`);
  await expect(page.locator("article[data-media-type='2'] figure img")).toHaveAttribute("alt", "The sprint room on the last afternoon");
  await page.goto(`/community/${await idOf("Recording: packaging for people in a hurry")}/`);
  await expect(page.getByRole("link", { name: "Watch the talk" })).toHaveAttribute(
    "href",
    "https://example.org/videos/packaging-in-a-hurry",
  );
  await page.goto(`/community/${await idOf("Ten years of the Utrecht user group")}/`);
  await expect(page.locator("article[data-media-type='4']").getByRole("link", { name: "https://example.org/utrecht-ten-years" })).toBeVisible();
  await page.goto(`/community/${await idOf("What we learned mentoring first-time contributors")}/`);
  await expect(page.getByText("Quick reviews matter more than perfect issues.")).toBeVisible();

  for (const path of [`/community/${await idOf("Draft photo post")}/`, "/community/999999999/"])
    expect([path, (await page.request.get(path)).status()]).toEqual([path, 404]);
  // The section's other pages are still CMS pages.
  const irc = await page.goto("/community/irc/");
  expect(irc?.status()).toBe(200);
});
