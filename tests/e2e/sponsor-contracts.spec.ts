/**
 * Issue #18, the contract of a sponsorship (§5.3, §5.5, §5.6, §5.9): staff approve an
 * application (a draft contract), preview it as PDF and DOCX, send it (the PSF gets the statement
 * of work), see illegal moves refused with their messages, nullify it and take it back to draft,
 * send it again, execute it with the signed PDF (refused without one), and the sponsor's logo is
 * on /psf/sponsors/ at once while the sponsor's dashboard shows the contract executed.
 */
import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { mailTo } from "./support/mail";

const NAME = `Contract Flow ${Date.now().toString(36)}`;
const SIGNED = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/** A new applied sponsorship copied from Harbor Data Co's (its package, benefits and features), bob a contact. */
async function newApplication(): Promise<number> {
  return withDb(async (c) => {
    const src = (
      await c.query<{ id: number; sponsor_id: number }>(
        `SELECT s.id, s.sponsor_id FROM sponsors_sponsorship s JOIN sponsors_sponsor p ON p.id = s.sponsor_id
         WHERE p.name = 'Harbor Data Co' ORDER BY s.id LIMIT 1`,
      )
    ).rows[0]!;
    const sponsorId = (
      await c.query<{ id: number }>(
        `INSERT INTO sponsors_sponsor (name, description, landing_page_url, web_logo, primary_phone,
           mailing_address_line_1, city, state, postal_code, country, state_of_incorporation, created, updated)
         SELECT $1, 'moves contracts', 'https://contract-flow.example.org/', web_logo, '+1 555 0199',
           '1 Main St', 'Portland', 'OR', '97201', 'US', 'Delaware', now(), now()
         FROM sponsors_sponsor WHERE id = $2 RETURNING id`,
        [NAME, src.sponsor_id],
      )
    ).rows[0]!.id;
    await c.query(
      `INSERT INTO sponsors_sponsorcontact (sponsor_id, user_id, "primary", administrative, accounting, manager, name, email, phone)
       SELECT $1, id, true, false, false, true, 'Flo Contact', 'flo@example.org', '+1 555 0199' FROM users_user WHERE username = 'bob'`,
      [sponsorId],
    );
    const id = (
      await c.query<{ id: number }>(
        `INSERT INTO sponsors_sponsorship (sponsor_id, submited_by_id, status, locked, applied_on, year,
           for_modified_package, level_name, package_id, sponsorship_fee)
         SELECT $1, submited_by_id, 'applied', false, CURRENT_DATE, year, false, level_name, package_id, sponsorship_fee
         FROM sponsors_sponsorship WHERE id = $2 RETURNING id`,
        [sponsorId, src.id],
      )
    ).rows[0]!.id;
    const benefits = await c.query<{ id: number }>(
      "SELECT id FROM sponsors_sponsorbenefit WHERE sponsorship_id = $1 ORDER BY id",
      [src.id],
    );
    for (const b of benefits.rows) {
      const nb = (
        await c.query<{ id: number }>(
          `INSERT INTO sponsors_sponsorbenefit ("order", sponsorship_id, sponsorship_benefit_id, program_name, name,
             description, program_id, benefit_internal_value, added_by_user, standalone)
           SELECT "order", $1, sponsorship_benefit_id, program_name, name, description, program_id,
             benefit_internal_value, added_by_user, standalone FROM sponsors_sponsorbenefit WHERE id = $2 RETURNING id`,
          [id, b.id],
        )
      ).rows[0]!.id;
      await c.query(
        `INSERT INTO sponsors_benefitfeature (kind, sponsor_benefit_id, publisher, logo_place, link_to_sponsors_page,
           describe_as_sponsor, package_id, quantity, display_label)
         SELECT kind, $1, publisher, logo_place, link_to_sponsors_page, describe_as_sponsor, package_id, quantity,
           display_label FROM sponsors_benefitfeature WHERE sponsor_benefit_id = $2 AND kind IN ('logo_placement', 'tiered_benefit')`,
        [nb, b.id],
      );
    }
    return id;
  });
}

test("staff approve, preview, send, nullify, redraft, send and execute a contract; the logo shows at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const id = await newApplication();
  const year = new Date().getFullYear();
  await signInAs(page, "staff");
  await gotoHydrated(page, `/admin/sponsors/${id}/`);
  await expect(page.getByText("No contract yet: approving the sponsorship makes a draft.")).toBeVisible();
  const approve = page.getByRole("form", { name: "Approve sponsorship" });
  await approve.getByLabel("Start date").fill(`${year}-01-01`);
  await approve.getByLabel("End date").fill(`${year}-12-31`);
  await approve.getByLabel("Sponsorship fee (USD)").fill("60000");
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("form", { name: "Approve sponsorship" })).toHaveCount(0, { timeout: 15_000 });
  await page.reload();
  const status = page.getByTestId("contract-status");
  await expect(status).toHaveText("Status: Draft · revision 1");

  const pdf = await page.request.get(`/admin/sponsors/${id}/contract/?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const docx = await page.request.get(`/admin/sponsors/${id}/contract/?format=docx`);
  expect(docx.headers()["content-disposition"]).toBe(
    `attachment; filename="sponsorship-contract-${NAME.replace(/ /g, "-")}.docx"`,
  );
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");

  const flow = page.getByRole("form", { name: "Contract workflow" });
  const execute = page.getByRole("form", { name: "Execute contract" });
  await flow.getByRole("button", { name: "Nullify contract" }).click();
  await expect(flow.getByText("Contract with status Draft can't be nullified.")).toBeVisible({
    timeout: 15_000,
  });

  await flow.getByRole("button", { name: "Send contract" }).click();
  await expect(flow.getByText("Contract was sent!")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(status).toHaveText("Status: Awaiting Signature · revision 1");
  await expect(page.getByRole("link", { name: "Sent PDF" })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await mailTo("psf-sponsors@python.org")).some((m) => m.subject === `STATEMENT OF WORK for ${NAME}`),
      {
        timeout: 15_000,
      },
    )
    .toBe(true);
  // The mail log keeps the attached PDF: listed with its size on the staff mail screen, downloadable
  // there by staff only.
  const mail = await page.context().newPage();
  await mail.goto("/admin/mail/?status=sent");
  const sow = mail.getByRole("article").filter({ hasText: `STATEMENT OF WORK for ${NAME}` });
  const pdfName = `sponsorship-contract-${NAME.replace(/ /g, "-")}.pdf`;
  const attachment = sow.getByRole("link", { name: pdfName });
  await expect(attachment).toBeVisible();
  await expect(sow).toContainText(/application\/pdf, \d+\.\d KB/);
  const href = (await attachment.getAttribute("href"))!;
  expect(href).toMatch(/^\/admin\/mail\/\d+\/attachments\/0\/$/);
  const file = await mail.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toContain(`filename="${pdfName}"`);
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await mail.close();
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href, { maxRedirects: 0 })).status()).toBe(401);
  await anonymous.close();
  const other = await browser.newPage();
  await signInAs(other, "alice");
  expect((await other.request.get(href, { maxRedirects: 0 })).status()).toBe(403);
  await other.close();
  await flow.getByRole("button", { name: "Send contract" }).click();
  await expect(flow.getByText("Contract with status Awaiting Signature can't be sent.")).toBeVisible({
    timeout: 15_000,
  });

  await flow.getByRole("button", { name: "Nullify contract" }).click();
  await expect(flow.getByText("Contract was nullified!")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(status).toHaveText("Status: Nullified · revision 1");
  await execute
    .getByLabel("Signed contract (PDF)")
    .setInputFiles({ name: "s.pdf", mimeType: "application/pdf", buffer: SIGNED });
  await execute.getByRole("button", { name: "Execute contract" }).click();
  await expect(execute.getByText("Contract with status Nullified can't be executed.")).toBeVisible({
    timeout: 15_000,
  });
  await flow.getByRole("button", { name: "Back to draft" }).click();
  await expect(flow.getByText("Contract is a draft again.")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(status).toHaveText("Status: Draft · revision 2");
  await flow.getByRole("button", { name: "Send contract" }).click();
  await expect(flow.getByText("Contract was sent!")).toBeVisible({ timeout: 20_000 });

  await page.reload();
  await execute.getByRole("button", { name: "Execute contract" }).click();
  await expect(execute.getByText("You must submit the signed contract document to execute it.")).toBeVisible({
    timeout: 15_000,
  });
  await execute
    .getByLabel("Signed contract (PDF)")
    .setInputFiles({ name: "s.pdf", mimeType: "application/pdf", buffer: SIGNED });
  await execute.getByRole("button", { name: "Execute contract" }).click();
  await expect(execute.getByText("Contract was executed!")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(status).toHaveText("Status: Executed · revision 2");
  await expect(page.getByTestId("sponsorship-status")).toHaveText("Finalized (locked)");
  const signed = await page.request.get(
    (await page.getByRole("link", { name: "Signed contract" }).getAttribute("href"))!,
  );
  expect(signed.status()).toBe(200);

  // No revalidation by hand: the execute use case revalidated the sponsor pages.
  const visitor = await browser.newPage();
  await visitor.goto("/psf/sponsors/");
  await expect(visitor.getByRole("img", { name: `${NAME} logo` })).toBeVisible();
  await visitor.close();

  const bob = await browser.newPage();
  await signInAs(bob, "bob");
  await bob.goto(`/users/sponsorships/${id}/`);
  await expect(bob.getByText("Executed", { exact: true })).toBeVisible();
  await bob.close();
});
