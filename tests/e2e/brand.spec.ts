import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

test("the favicon, the SVG icon and the touch icon are served and linked from every page", async ({
  page,
  request,
}) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO header: reserved 0, type 1 (icon), then the number of images.
  const body = await ico.body();
  expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
  expect(body.readUInt16LE(4)).toBeGreaterThanOrEqual(2);

  await page.goto("/about/");
  const links = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLLinkElement).href));
  expect(links.length).toBeGreaterThanOrEqual(2);
  for (const href of links) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()["content-type"], href).toMatch(/^image\//);
  }
});

test("the header shows our own mark beside the wordmark, on python.org and PSF pages", async ({ page }) => {
  await page.goto("/");
  const logo = page.getByTestId("site-logo").filter({ visible: true });
  await expect(logo).toHaveAttribute("data-site", "python");
  await expect(logo.getByTestId("site-mark")).toBeVisible();
  await expect(logo).toHaveAccessibleName("Python home");
  await page.goto("/psf-landing/");
  const psf = page.getByTestId("site-logo").filter({ visible: true });
  await expect(psf).toHaveAttribute("data-site", "psf");
  await expect(psf.getByTestId("site-mark")).toBeVisible();
});

test("a signed-out first visit logs no console error (no favicon 404, no 401 from the header)", async ({
  page,
}) => {
  const errors: string[] = [];
  // Failed loads are checked by URL below: a CSP report answered 429 (other tests flood the
  // reporter from this address) is the reporter's throttle at work, not a fault of the page.
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== "/api/csp-report/")
      errors.push(`${r.status()} ${r.url()}`);
  });
  const session = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/session");
  await page.goto("/");
  const res = await session;
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ user: null });
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("signed in, /api/session names the visitor as /api/me does, and the header shows the name", async ({
  page,
}) => {
  await signInAs(page, "editor");
  await gotoHydrated(page, "/");
  await expect(page.getByTestId("signed-in-as").filter({ visible: true })).toHaveText("editor");
  const me = await (await page.request.get("/api/me")).json();
  const session = await (await page.request.get("/api/session")).json();
  expect(session).toEqual({ user: me });
  expect(me.permissions).toContain("pages.edit");
});

test("pages carry OpenGraph and card tags: the page's own title and description, our image, which resolves", async ({
  page,
  request,
}) => {
  const meta = (property: string) =>
    page.locator(`head meta[property="${property}"], head meta[name="${property}"]`).first().getAttribute("content");
  for (const path of ["/", "/about/", "/downloads/"]) {
    await page.goto(path);
    const title = await page.title();
    expect([path, await meta("og:title")]).toEqual([path, title]);
    expect([path, await meta("og:site_name")]).toEqual([path, "Python.org"]);
    expect([path, await meta("og:description")]).toEqual([
      path,
      await page.locator('head meta[name="description"]').getAttribute("content"),
    ]);
    expect(await meta("twitter:card")).toBe("summary_large_image");
    const image = await meta("og:image");
    expect(image).toMatch(/^https?:\/\/.+\/opengraph-image/);
    // SITE_URL names the public origin; fetch the same path from this server.
    const res = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect([image, res.status(), res.headers()["content-type"]]).toEqual([image, 200, "image/png"]);
    expect(await meta("og:image:width")).toBe("1200");
    expect(await meta("og:image:alt")).toContain("python");
  }
});
