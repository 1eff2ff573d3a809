import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

// Issue #13: an editor makes a draft page with an image, previews it, visitors get 404 until it
// is published and see it at once after; redirects answer 301 and 410; raw pages keep their type.

test.setTimeout(120_000);

// A 1×1 transparent PNG (the upload checks the bytes, not the name).
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function addPage(
  page: Page,
  fields: { title: string; path: string; content: string; contentType?: string },
) {
  await gotoHydrated(page, "/admin/pages/new/");
  const form = page.getByRole("form", { name: "Add a page" });
  await form.getByLabel("Title").fill(fields.title);
  await form.getByLabel("Path").fill(fields.path);
  await form.getByLabel("Markup").selectOption("markdown");
  await form.getByLabel("Content", { exact: true }).fill(fields.content);
  if (fields.contentType) await form.getByLabel("Content type").fill(fields.contentType);
  await form.getByRole("button", { name: "Add" }).click();
  await page.waitForURL(/\/admin\/pages\/\d+\/$/);
  return Number(/\/admin\/pages\/(\d+)\//.exec(page.url())![1]);
}

test("an editor drafts a page with an image, previews it, and publishes it; visitors see it only then", async ({
  page,
  browser,
}) => {
  const slug = `e2e-${randomBytes(3).toString("hex")}`;
  await signInAs(page, "editor");
  const id = await addPage(page, {
    title: "Our sprint notes",
    path: `community/${slug}`,
    content: "Sprint notes with **bold** words.",
  });
  const edit = page.getByRole("form", { name: "Edit the page Our sprint notes" });
  // The live preview renders what is typed through the saving sanitizer.
  await edit.getByLabel("Content", { exact: true }).fill("Live *preview* <script>alert(1)</script>");
  await expect(page.getByTestId("markup-preview").locator("em")).toHaveText("preview");
  await expect(page.getByTestId("markup-preview").locator("script")).toHaveCount(0);

  // Attach an image, then use its URL in the content.
  const upload = page.getByRole("form", { name: "Upload an attachment" });
  await upload.getByLabel(/^File/).setInputFiles({ name: "sprint.png", mimeType: "image/png", buffer: PNG });
  await upload.getByRole("button", { name: "Upload" }).click();
  const url = page.getByRole("textbox", { name: /^URL of sprint/ });
  await expect(url).toBeVisible({ timeout: 15_000 });
  const imageUrl = await url.inputValue();
  await edit
    .getByLabel("Content", { exact: true })
    .fill(`Sprint notes with **bold** words.\n\n![The sprint room](${imageUrl})\n`);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved.", { timeout: 15_000 });

  // The preview shows the saved page in its layout, image included.
  await page.goto(`/admin/pages/${id}/preview/`);
  await expect(page.getByTestId("preview-banner")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Our sprint notes" })).toBeVisible();
  const img = page.getByRole("img", { name: "The sprint room" });
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);

  // A visitor gets 404 for the draft; the editor sees it at its own URL with the draft notice.
  const visitor = await browser.newPage();
  expect((await visitor.request.get(`/community/${slug}/`)).status()).toBe(404);
  const own = await page.goto(`/community/${slug}/`);
  expect(own?.status()).toBe(200);
  await expect(page.getByTestId("draft-banner")).toBeVisible();
  await expect(page.getByTestId("edit-page")).toHaveAttribute("href", `/admin/pages/${id}/`);

  // Publish: the visitor sees the page on the next request, with the image served.
  await gotoHydrated(page, `/admin/pages/${id}/`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByTestId("page-state")).toHaveText("Published", { timeout: 15_000 });
  const res = await visitor.goto(`/community/${slug}/`);
  expect(res?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Our sprint notes");
  await expect(visitor.getByText("bold", { exact: true })).toBeVisible();
  await expect(visitor.getByTestId("draft-banner")).toHaveCount(0);
  await expect(visitor.getByTestId("edit-page")).toHaveCount(0);
  const served = await visitor.request.get(imageUrl);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");
  await visitor.close();
});

test("stored redirects answer 301 (with or without the slash) and an empty target answers 410 Gone", async ({
  page,
  request,
}) => {
  const slug = randomBytes(3).toString("hex");
  await signInAs(page, "editor");
  for (const [oldPath, newPath] of [
    [`/gone-${slug}/`, ""],
    [`/moved-${slug}/`, "/about/"],
  ]) {
    await gotoHydrated(page, "/admin/redirects/new/");
    const form = page.getByRole("form", { name: "Add a redirect" });
    await form.getByLabel("Old path").fill(oldPath!);
    await form.getByLabel("New path").fill(newPath!);
    await form.getByRole("button", { name: "Add" }).click();
    await page.waitForURL(/\/admin\/redirects\/\d+\/$/);
  }
  const gone = await request.get(`/gone-${slug}/`, { maxRedirects: 0 });
  expect(gone.status()).toBe(410);
  expect(await gone.text()).toContain("This page is gone");
  for (const path of [`/moved-${slug}/`, `/moved-${slug}`]) {
    const moved = await request.get(path, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(new URL(moved.headers()["location"]!, "http://x").pathname).toBe("/about/");
  }
  // The seeded /download/ redirect, and a refused loop is a field error that keeps the input.
  const seeded = await request.get("/download/", { maxRedirects: 0 });
  expect(seeded.status()).toBe(301);
  expect(new URL(seeded.headers()["location"]!, "http://x").pathname).toBe("/downloads/");
  await gotoHydrated(page, "/admin/redirects/new/");
  const form = page.getByRole("form", { name: "Add a redirect" });
  await form.getByLabel("Old path").fill(`/loop-${slug}/`);
  await form.getByLabel("New path").fill(`/loop-${slug}/`);
  await form.getByRole("button", { name: "Add" }).click();
  await expect(form.getByText("A redirect cannot point at its own path.")).toBeVisible();
  await expect(form.getByLabel("Old path")).toHaveValue(`/loop-${slug}/`);
});

test("a page with another content type is sent as it is, with that type", async ({ page, request }) => {
  const slug = `raw-${randomBytes(3).toString("hex")}`;
  await signInAs(page, "editor");
  const id = await addPage(page, {
    title: "Plain notes",
    path: `dev/${slug}.txt`,
    content: "line one\n<b>not html</b>\n",
    contentType: "text/plain",
  });
  await gotoHydrated(page, `/admin/pages/${id}/`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByTestId("page-state")).toHaveText("Published", { timeout: 15_000 });
  const res = await request.get(`/dev/${slug}.txt/`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await res.text()).toBe("line one\n<b>not html</b>\n");
});

test("Django's page rules: bad paths are refused by field, a query string is tolerated, unknown paths 404", async ({
  page,
  request,
}) => {
  await signInAs(page, "editor");
  await gotoHydrated(page, "/admin/pages/new/");
  const form = page.getByRole("form", { name: "Add a page" });
  await form.getByLabel("Title").fill("Bad path");
  await form.getByLabel("Path").fill("No_Underscores!");
  await form.getByLabel("Content", { exact: true }).fill("kept text");
  await form.getByRole("button", { name: "Add" }).click();
  await expect(form.getByText(/Enter a valid path/)).toBeVisible();
  await expect(form.getByLabel("Content", { exact: true })).toHaveValue("kept text");
  expect((await request.get("/about/apps/?utm_source=test")).status()).toBe(200);
  expect((await request.get("/about/no-such-page/")).status()).toBe(404);
});
