import { expect, test } from "@playwright/test";
import { expireCacheTags } from "./support/cache";
import { withDb } from "./support/db";

// The release page shows what the signature check (lib/downloads/signatures) found per file.
// Rows are written straight to the database so no check runs against the real python.org.
test("the files table shows verified, failed, uncheckable and unchecked GPG signatures", async ({ page }) => {
  const n = Date.now() % 100_000;
  const slug = `python-397${n}`;
  const base = `https://www.python.org/ftp/python/3.97.${n}`;
  await withDb(async (c) => {
    const release = await c.query<{ id: number }>(
      `INSERT INTO downloads_release (name, slug, version, is_published, show_on_download_page, release_date, updated)
       VALUES ($1, $2, 3, true, false, now(), now()) RETURNING id`,
      [`Python 3.97.${n}`, slug],
    );
    const os = await c.query<{ id: number }>("SELECT id FROM downloads_os WHERE slug = 'source'");
    const file = async (name: string) =>
      (
        await c.query<{ id: number }>(
          `INSERT INTO downloads_releasefile (name, slug, os_id, release_id, url, gpg_signature_file, updated)
           VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`,
          [
            name,
            `${slug}-${name}`,
            os.rows[0]!.id,
            release.rows[0]!.id,
            `${base}/${name}`,
            `${base}/${name}.asc`,
          ],
        )
      ).rows[0]!.id;
    const good = await file("Python-good.tgz");
    const bad = await file("Python-bad.tgz");
    const unreachable = await file("Python-unreachable.tgz");
    await file("Python-unchecked.tgz");
    await c.query(
      `INSERT INTO downloads_signaturecheck (release_file_id, status, checked_at, key_fingerprint, detail)
       VALUES ($1, 'valid', now(), 'ABCDEF', 'Signed by Release Manager'), ($2, 'invalid', now(), NULL, 'The signature does not match the file.'),
              ($3, 'error', now(), NULL, 'Could not fetch the file or its signature.')`,
      [good, bad, unreachable],
    );
  });
  // Written behind the app's back: the anonymous v2 release list is cached under this tag.
  await expireCacheTags(["releases"]);
  await page.goto(`/downloads/release/${slug}/`);
  const table = page.getByTestId("files-table");
  await expect(table.getByRole("row", { name: /Python-good\.tgz/ })).toContainText("GPG signature verified");
  await expect(table.getByRole("row", { name: /Python-bad\.tgz/ })).toContainText(
    "GPG signature does not verify",
  );
  await expect(table.getByRole("row", { name: /Python-unreachable\.tgz/ })).toContainText(
    "GPG signature could not be checked",
  );
  await expect(table.getByRole("row", { name: /Python-unchecked\.tgz/ })).not.toContainText("GPG signature");
  await expect(
    table.getByRole("row", { name: /Python-unchecked\.tgz/ }).getByRole("link", { name: "GPG" }),
  ).toBeVisible();
});
