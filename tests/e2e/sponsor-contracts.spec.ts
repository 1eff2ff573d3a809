/**
 * Issue #18, the contract of a sponsorship (§5.3, §5.5, §5.6, §5.9): staff approve an
 * application (a draft contract), preview it as PDF and DOCX, send it (the PSF gets the statement
 * of work), see illegal moves refused with their messages, nullify it and take it back to draft,
 * send it again, execute it with the signed PDF (refused without one), and the sponsor's logo is
 * on /psf/sponsors/ at once while the sponsor's dashboard shows the contract executed.
 */
import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { mailTo } from "./support/mail";
import { createSponsorship, uniqueSponsorName } from "./support/sponsors";

const SIGNED = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

test("staff approve, preview, send, nullify, redraft, send and execute a contract; the logo shows at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // An application of the test's own (not a copy of a seeded one that other specs change), bob a contact.
  const NAME = uniqueSponsorName("Vellum Contracts");
  const { sponsorshipId: id } = await createSponsorship({
    name: NAME,
    packageName: "Maintaining",
    status: "applied",
    contactUsername: "bob",
    logoOf: "Harbor Data Co",
  });
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
