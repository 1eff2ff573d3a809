import { expect, test } from "@playwright/test";
import { createApiKeyFor, withDb } from "../support/db";

// reference §8.1 "/downloads/ works with zero releases": with every release unpublished, each page
// and API that lists releases still answers (no 500), says so, and never offers a file. It hides
// every release site-wide, so it runs in the last project of all (playwright.config.ts) and puts
// them back.
const ip = { "x-forwarded-for": "198.51.100.210" };

test("with no published release the downloads pages, redirects, feed and APIs answer without a file", async ({
  page,
  request,
}) => {
  const staff = { ...ip, authorization: `Token ${await createApiKeyFor("staff", "v2_token")}` };
  const published = await withDb(async (c) =>
    (
      await c.query<{ id: number }>("SELECT id FROM downloads_release WHERE is_published ORDER BY id")
    ).rows.map((r) => r.id),
  );
  expect(published.length).toBeGreaterThan(0);
  const [last, ...others] = published;
  // All but one directly, the last through the API so the write revalidates the pages at once.
  const setPublished = async (value: boolean) => {
    await withDb((c) =>
      c.query("UPDATE downloads_release SET is_published = $1 WHERE id = ANY($2)", [value, others]),
    );
    const res = await request.patch(`/api/v2/downloads/release/${last}/`, {
      headers: staff,
      data: { is_published: value },
    });
    expect(res.status()).toBe(200);
  };

  try {
    await setPublished(false);
    expect(await (await request.get("/api/v2/downloads/release/", { headers: ip })).json()).toEqual([]);
    const v1 = await (await request.get("/api/v1/downloads/release/", { headers: ip })).json();
    expect(v1.meta.total_count).toBe(0);

    // The generated download boxes (header mega-menu, the downloads page's sources box) follow
    // in the background (boxes/regenerate.requested, run after the write's response).
    await expect
      .poll(async () => (await request.get("/downloads/", { headers: ip })).text(), { timeout: 30_000 })
      .not.toContain("https://www.python.org/ftp/");
    await page.goto("/downloads/");
    await expect(page.getByTestId("no-release")).toBeVisible();
    await expect(page.getByRole("link", { name: /^Download Python \d/ })).toHaveCount(0);
    await expect(page.locator('a[href^="https://www.python.org/ftp/"]')).toHaveCount(0);
    await expect(page.getByText("No releases yet.")).toBeVisible();

    for (const path of [
      "/downloads/windows/",
      "/downloads/source/",
      "/",
      "/doc/versions/",
      "/downloads/operating-systems/",
    ]) {
      const res = await request.get(path, { headers: ip });
      expect([path, res.status()]).toEqual([path, 200]);
      expect(await res.text()).not.toContain("https://www.python.org/ftp/python/");
    }
    for (const path of [
      "/downloads/latest/",
      "/downloads/latest/python3.13/",
      "/downloads/latest/prerelease/",
      "/downloads/latest/pymanager/",
      "/downloads/latest/python2/",
    ]) {
      const res = await request.get(path, { headers: ip, maxRedirects: 0 });
      expect([path, res.status(), res.headers()["location"]]).toEqual([
        path,
        302,
        expect.stringMatching(/\/downloads\/$/),
      ]);
    }
    const feed = await request.get("/downloads/feed.rss", { headers: ip });
    expect(feed.status()).toBe(200);
    expect(await feed.text()).not.toContain("<item>");
  } finally {
    // Every release that was published is published again, even if hiding them failed halfway.
    await withDb((c) =>
      c.query("UPDATE downloads_release SET is_published = true WHERE id = ANY($1)", [published]),
    );
    await setPublished(true);
  }
  expect(await (await request.get("/downloads/", { headers: ip })).text()).not.toContain("No releases yet.");
});
