import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";

// The downloads admin: a member of the Downloads Admin group (not staff) creates a release with
// the form (bad input keeps what was typed), adds its files in bulk (all or nothing, with the
// data layer's URL rules), publishes it, and the public pages show it on the next request.
test.setTimeout(90_000);

const password = "the release manager's long passphrase";

async function createDownloadsAdmin(): Promise<string> {
  const username = `rm${Date.now()}`;
  await createUser(username, password);
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user_groups (user_id, group_id)
       SELECT u.id, g.id FROM users_user u, auth_group g WHERE u.username = $1 AND g.name = 'Downloads Admin'`,
      [username],
    ),
  );
  return username;
}

test("a downloads admin manages releases and files, and nothing else", async ({ page }) => {
  const username = await createDownloadsAdmin();
  await signInAs(page, username, password);
  expect((await page.request.get("/admin/users/", { maxRedirects: 0 })).status()).toBe(403);
  expect((await page.request.get("/admin/downloads/", { maxRedirects: 0 })).status()).toBe(200);

  const stamp = Date.now() % 100_000;
  const name = `Python 3.95.${stamp}`;
  await gotoHydrated(page, "/admin/downloads/releases/new/");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Release notes URL").fill("not a url");
  await page.getByRole("button", { name: "Create release" }).click();
  await expect(page.getByText("Enter a valid URL.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(name);

  await page.getByLabel("Release notes URL").fill("https://docs.python.org/3/whatsnew/changelog.html");
  // Kept off the downloads list, which other tests read in full.
  await page.getByLabel("Show on the downloads page").uncheck();
  await page.getByRole("button", { name: "Create release" }).click();
  await page.waitForURL(/\/admin\/downloads\/releases\/\d+\/$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();

  const base = `https://www.python.org/ftp/python/3.95.${stamp}/`;
  const sha = "b".repeat(64);
  const lines = page.getByLabel(/One file per line/);
  // One bad line (outside the download base): nothing is added, the text stays.
  await lines.fill(
    `${base}python-3.95.${stamp}-amd64.exe windows ${sha} 1000 asc button\nhttps://evil.example/x.tgz source`,
  );
  await page.getByRole("button", { name: "Add files" }).click();
  await expect(page.getByText("Release file URLs must begin with 'https://www.python.org/'")).toBeVisible();
  await expect(lines).toHaveValue(/evil\.example/);
  await expect(page.getByRole("table", { name: "Files" })).toContainText("No files yet.");

  await lines.fill(
    `${base}python-3.95.${stamp}-amd64.exe windows ${sha} 1000 asc button\n${base}Python-3.95.${stamp}.tgz source 2000 source`,
  );
  await page.getByRole("button", { name: "Add files" }).click();
  await expect(page.getByText("2 files added.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Files" })).toContainText(`python-3.95.${stamp}-amd64.exe`);

  // Edit one file: bad input keeps what was typed; the data layer's URL rules answer per field.
  const releaseUrl = page.url();
  await page.getByRole("link", { name: `Edit python-3.95.${stamp}-amd64.exe` }).click();
  await expect(page.getByRole("heading", { name: `python-3.95.${stamp}-amd64.exe` })).toBeVisible();
  await page.getByLabel("Description").fill("Windows installer, 64-bit");
  await page.getByLabel("SHA-256").fill("not a checksum");
  await page.getByRole("button", { name: "Save file" }).click();
  await expect(page.getByText("A SHA-256 is 64 hexadecimal digits.")).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue("Windows installer, 64-bit");
  await page.getByLabel("SHA-256").fill("c".repeat(64));
  await page.getByLabel("GPG signature URL (.asc)").fill(`${base}somewhere-else.asc`);
  await page.getByRole("button", { name: "Save file" }).click();
  await expect(page.getByText("Sidecar URL must match the artifact URL plus '.asc'.")).toBeVisible();
  await page.getByLabel("GPG signature URL (.asc)").fill(`${base}python-3.95.${stamp}-amd64.exe.asc`);
  await page.getByRole("button", { name: "Save file" }).click();
  await expect(page.getByText("File saved.")).toBeVisible();
  await gotoHydrated(page, new URL(releaseUrl).pathname);
  await expect(page.getByRole("table", { name: "Files" })).toContainText("c".repeat(64));

  // A second download button for Windows breaks the one-per-OS rule; the error says so.
  await lines.fill(`${base}python-3.95.${stamp}-arm64.exe windows button`);
  await page.getByRole("button", { name: "Add files" }).click();
  await expect(
    page.getByText('Only one Release File per OS can have "Download button" enabled'),
  ).toBeVisible();

  // Before publishing: visitors get a 404, the release manager previews the page as it will be.
  const draftSlug = await withDb(
    async (c) =>
      (await c.query<{ slug: string }>("SELECT slug FROM downloads_release WHERE name = $1", [name])).rows[0]!
        .slug,
  );
  const editUrl = page.url();
  expect((await page.request.get(`/downloads/release/${draftSlug}/`)).status()).toBe(404);
  await page.getByRole("link", { name: "Preview the page" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("not published yet");
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("c".repeat(64))).toBeVisible();
  await gotoHydrated(page, new URL(editUrl).pathname);

  await page.getByLabel("Published").check();
  await page.getByRole("button", { name: "Save release" }).click();
  await expect(page.getByText("Release saved.")).toBeVisible();
  const slug = await withDb(
    async (c) =>
      (await c.query<{ slug: string }>("SELECT slug FROM downloads_release WHERE name = $1", [name])).rows[0]!
        .slug,
  );
  await page.goto(`/downloads/release/${slug}/`);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("c".repeat(64))).toBeVisible();
  await expect(page.getByText("Windows installer, 64-bit")).toBeVisible();

  // The list finds it, filtered and searched.
  await gotoHydrated(page, `/admin/downloads/?q=${encodeURIComponent(name)}&published=yes`);
  await expect(page.getByRole("status")).toHaveText("1 result");
  await expect(page.getByRole("table", { name: "Releases" })).toContainText("published");
});

test("operating systems: a duplicate slug is a field error; a new one is added", async ({ page }) => {
  const username = await createDownloadsAdmin();
  await signInAs(page, username, password);
  await gotoHydrated(page, "/admin/downloads/os/");
  const add = page.getByRole("form", { name: "Add an operating system" });
  await add.getByLabel("Name").fill("Windows again");
  await add.getByLabel("Slug").fill("windows");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(add.getByText("os with this slug already exists.")).toBeVisible();
  await expect(add.getByLabel("Name")).toHaveValue("Windows again");

  const slug = `plan9-${Date.now()}`;
  await add.getByLabel("Name").fill("Plan 9");
  await add.getByLabel("Slug").fill(slug);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText("Plan 9 added.")).toBeVisible();
  const count = await withDb(
    async (c) => (await c.query("SELECT 1 FROM downloads_os WHERE slug = $1", [slug])).rowCount,
  );
  expect(count).toBe(1);
});

test("release manager keys: a bad key is refused with a message; a public key is added by fingerprint", async ({
  page,
}) => {
  const { generateKey, readKey } = await import("openpgp");
  const username = await createDownloadsAdmin();
  await signInAs(page, username, password);
  await gotoHydrated(page, "/admin/downloads/keys/");
  await page.getByLabel("Release manager").fill("Test Manager");
  await page.getByLabel("Armored public key").fill("-----BEGIN PGP PUBLIC KEY BLOCK-----\nnot a key\n");
  await page.getByRole("button", { name: "Add key" }).click();
  await expect(page.getByText("That is not an armored OpenPGP public key.")).toBeVisible();
  await expect(page.getByLabel("Release manager")).toHaveValue("Test Manager");

  const { publicKey } = await generateKey({
    userIDs: [{ name: "Test Manager", email: `tm${Date.now()}@example.org` }],
  });
  const fingerprint = (await readKey({ armoredKey: publicKey })).getFingerprint().toUpperCase();
  await page.getByLabel("Armored public key").fill(publicKey);
  await page.getByRole("button", { name: "Add key" }).click();
  await expect(page.getByText(`Key ${fingerprint} added.`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Keys" })).toContainText(fingerprint);
});
