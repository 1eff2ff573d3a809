import { expect, test } from "@playwright/test";

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
