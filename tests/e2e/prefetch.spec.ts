import { expect, test, type Page, type Request } from "@playwright/test";
import { gotoHydrated } from "./support/auth";

// Issue #22 (request budget): a page view no longer prefetches every link on screen. The site's
// chrome prefetches on intent (hover, focus, touch), so a view costs requests for what the
// visitor reaches for, not ~60 RSC requests for the header, menus and footer.
const isPrefetch = (r: Request) => r.headers()["next-router-prefetch"] === "1" || /[?&]_rsc=/.test(r.url());

async function prefetchesDuringView(page: Page, path: string): Promise<string[]> {
  const seen: string[] = [];
  page.on("request", (r) => {
    if (isPrefetch(r)) seen.push(new URL(r.url()).pathname);
  });
  await gotoHydrated(page, path);
  // Viewport prefetches start once the page is idle; give them time to show up.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  return seen;
}

for (const path of ["/", "/about/", "/downloads/"])
  test(`a view of ${path} sends few prefetches, none for the footer`, async ({ page }) => {
    const seen = await prefetchesDuringView(page, path);
    // What is left are links inside the page's own content (Next asks up to twice per page: the
    // route tree and its segments). The footer alone has ~60 links.
    const pages = new Set(seen);
    expect(pages.size, [...pages].join("\n")).toBeLessThanOrEqual(5);
    expect(seen.length, seen.join("\n")).toBeLessThanOrEqual(10);
    expect(seen).not.toContain("/about/legal/");
  });

test("hovering a footer link prefetches that page, and the click then navigates to it", async ({ page }) => {
  await prefetchesDuringView(page, "/about/");
  const footer = page.getByRole("contentinfo");
  const link = footer.getByRole("link", { name: "Legal Statements" });
  const prefetch = page.waitForRequest(
    (r) => isPrefetch(r) && new URL(r.url()).pathname.startsWith("/about/legal"),
  );
  await link.hover();
  await prefetch;
  await link.click();
  await expect(page).toHaveURL(/\/about\/legal\/$/);
});
