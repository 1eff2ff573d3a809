/**
 * Issue #17, the sponsor's own pages (§5.8, §2.11): a contact sees the sponsor's sponsorships,
 * uploads a required image asset (size rules enforced) and answers a text one; anyone else gets 404.
 */
import { deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

function png(w: number, h: number): Buffer {
  const crc = (b: Buffer) => {
    let c = ~0;
    for (const x of b) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((w * 3 + 1) * h, 120);
  for (let y = 0; y < h; y++) raw[y * (w * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("a sponsor contact uploads a required asset from the dashboard; other users get 404", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "bob");
  await gotoHydrated(page, "/users/sponsorships/");
  const active = page.getByRole("region", { name: "Active sponsorships" });
  const link = active.getByRole("link", { name: /Example Cloud Ltd – Visionary/ });
  await expect(link).toBeVisible();
  await expect(page.getByText("Quiet Lake Software")).toHaveCount(0); // rejected: hidden
  const href = (await link.getAttribute("href"))!;
  await gotoHydrated(page, href);

  const form = page.getByRole("form", { name: "Required assets" });
  const logo = form.getByLabel(/^High resolution logo \(Required by /);
  await expect(logo).toBeVisible();
  await logo.setInputFiles({ name: "small.png", mimeType: "image/png", buffer: png(100, 40) });
  await form.getByRole("button", { name: "Save assets" }).click();
  await expect(form.getByText("Image width must be between 600 and 4000 pixels.")).toBeVisible({
    timeout: 15_000,
  });

  await form
    .getByLabel(/^High resolution logo/)
    .setInputFiles({ name: "report.png", mimeType: "image/png", buffer: png(800, 300) });
  await form
    .getByLabel(/^A paragraph about your company for the announcement/)
    .fill("Example Cloud Ltd runs Python in every region.");
  await form.getByRole("button", { name: "Save assets" }).click();
  await expect(form.getByText("Assets were updated with success.")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(
    page
      .getByRole("form", { name: "Required assets" })
      .getByLabel("High resolution logo (Fulfilled, thank you!)"),
  ).toBeVisible();
  await expect(
    page.getByLabel("A paragraph about your company for the announcement (Fulfilled, thank you!)"),
  ).toHaveValue("Example Cloud Ltd runs Python in every region.");

  const other = await browser.newContext();
  const alice = await other.newPage();
  await signInAs(alice, "alice");
  expect((await alice.request.get(href)).status()).toBe(404);
  await other.close();
});
