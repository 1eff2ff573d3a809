import { expect, test } from "@playwright/test";
import { createApiKeyFor } from "./support/db";

test("/doc/ links to the documentation of the latest Python 3 release", async ({ page }) => {
  await page.goto("/doc/");
  await expect(page.getByRole("link", { name: "Browse Python 3.14.0 Documentation" })).toHaveAttribute(
    "href",
    "https://docs.python.org/3/",
  );
  await expect(page.getByRole("link", { name: "What's new in Python 3.14" })).toBeVisible();
});

test("/doc/versions/ groups documented releases by series, newest first", async ({ page }) => {
  await page.goto("/doc/versions/");
  const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(headings.slice(0, 3)).toEqual(["Python 3.14", "Python 3.13", "Python 3.12"]);
  expect(headings).not.toContain("Python 3.15");
  await expect(page.getByTestId("docs-3.13").getByRole("link")).toHaveText([
    "Python 3.13.9",
    "Python 3.13.8",
  ]);
  await expect(page.getByRole("link", { name: "Python 2.7.18" })).toHaveAttribute(
    "href",
    "https://docs.python.org/release/2.7.18/",
  );
});

test("/doc/versions/ lists every published final release, those hidden from /downloads/ too", async ({
  request,
}) => {
  const headers = {
    "x-forwarded-for": "198.51.100.61",
    authorization: `Token ${await createApiKeyFor("staff", "v2_token")}`,
  };
  const created = await request.post("/api/v2/downloads/release/", {
    headers,
    data: {
      name: "Python 3.0.9",
      version: 3,
      is_published: true,
      show_on_download_page: false,
      release_date: "2009-06-01T00:00:00Z",
    },
  });
  expect(created.status()).toBe(201);
  const uri = new URL(((await created.json()) as { resource_uri: string }).resource_uri).pathname;
  try {
    const html = await (await request.get("/doc/versions/")).text();
    expect(html).toContain("https://docs.python.org/release/3.0.9/");
    expect(await (await request.get("/downloads/")).text()).not.toContain("Python 3.0.9");
  } finally {
    await request.delete(uri, { headers });
  }
});
