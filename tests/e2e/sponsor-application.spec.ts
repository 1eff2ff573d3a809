/**
 * Issue #17, the two-step application (§5.4): a visitor picks a package and extra benefits (a
 * conflicting pick is flagged as it is made and refused by the server with python.org's
 * message), signs in, creates a sponsor with a logo and two contacts, and both mails of §5.5
 * row 1 reach the SMTP sink.
 */
import { deflateSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { waitForMail } from "./support/mail";

const CONFLICT = "The application has 1 or more benefits that conflicts.";

/** A tiny valid PNG (1×1), built here so the upload is a real image. */
function png(): Buffer {
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
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from([0, 200, 30, 30]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

test("step 1 enforces the benefit rules; step 2 creates the sponsor, its contacts and the application, and mails go out", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sponsorName = `Lighthouse Compilers ${Date.now()}`;
  await gotoHydrated(page, "/sponsors/application/");
  // The page's own title; the sponsorship-application box above the form has its own heading.
  await expect(page.getByRole("heading", { level: 1, name: "Sponsorship application" })).toBeVisible();
  await expect(page.getByText("New this year").first()).toBeVisible();

  // Nothing picked: the first rule.
  await page.getByRole("button", { name: "Continue" }).click();
  const benefitsForm = page.getByRole("form", { name: "Sponsorship benefits" });
  await expect(benefitsForm.getByRole("alert")).toHaveText("You have to pick a minimum number of benefits.", {
    timeout: 15_000,
  });

  await page.getByRole("radio", { name: /Partner/ }).check();
  await expect(page.getByRole("checkbox", { name: /Logo on the python.org sponsors page/ })).toBeChecked();
  await page.getByRole("checkbox", { name: /Sprint day lunch/ }).check();
  await page.getByRole("checkbox", { name: /Sprint day dinner/ }).check();
  // Flagged as it is picked...
  await expect(page.getByText("Conflicts with Sprint day lunch.")).toBeVisible();
  await expect(page.locator(".alert-warning")).toHaveText(CONFLICT);
  // ...and refused by the server.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(benefitsForm.getByRole("alert")).toHaveText(CONFLICT, { timeout: 15_000 });
  await page.getByRole("checkbox", { name: /Sprint day dinner/ }).uncheck();
  await page.getByRole("button", { name: "Continue" }).click();
  // Anonymous: off to sign in, then step 2.
  await expect(page).toHaveURL(/\/accounts\/login\/\?callbackUrl=%2Fsponsors%2Fapplication%2Fnew%2F/, {
    timeout: 15_000,
  });

  await signInAs(page, "alice");
  await gotoHydrated(page, "/sponsors/application/new/");
  const selection = page.getByRole("region", { name: "Your selection" });
  await expect(selection).toContainText("Package: Partner");
  await expect(selection.getByRole("heading", { name: "Added benefits" })).toBeVisible();
  await expect(selection).toContainText("PyCon US – Sprint day lunch");

  const form = page.getByRole("form", { name: "Sponsor information" });
  // Missing fields and no logo: each named beside its field.
  await form.getByRole("button", { name: "Submit application" }).click();
  await expect(form.getByText("This field is required.").first()).toBeVisible({ timeout: 15_000 });

  await form.getByLabel("Name *", { exact: true }).fill(sponsorName);
  await form.getByLabel("Landing page URL").fill("https://lighthouse.example.org/");
  await form
    .getByLabel("Web logo *")
    .setInputFiles({ name: "lighthouse.png", mimeType: "image/png", buffer: png() });
  await form.getByLabel("Primary phone *").fill("+1 555 0142");
  await form.getByLabel("Mailing address *").fill("42 Harbour Road");
  await form.getByLabel("City *").fill("Portland");
  await form.getByLabel("Postal code *").fill("04101");
  await form.getByLabel("Country (two-letter code) *").fill("US");
  await form.getByLabel("Contact 1 name *").fill("Alice Moreau");
  await form.getByLabel("Contact 1 email *").fill("alice@example.org");
  await form.getByLabel("Contact 1 phone *").fill("+1 555 0143");
  await form.getByRole("button", { name: "Add another contact" }).click();
  await form.getByLabel("Contact 2 name *").fill("Sam Ledger");
  await form.getByLabel("Contact 2 email *").fill("sam.ledger@lighthouse.example.org");
  await form.getByLabel("Contact 2 phone *").fill("+1 555 0144");
  await form.getByRole("group", { name: "Contact 2" }).getByLabel("Accounting").check();
  await form.getByRole("button", { name: "Submit application" }).click();

  const finished = page.getByTestId("application-finished");
  await expect(finished).toBeVisible({ timeout: 20_000 });
  await expect(finished).toContainText("alice@example.org");

  const psf = await waitForMail("psf-sponsors@python.org");
  expect(psf.subject).toBe(`New sponsorship application from ${sponsorName}`);
  const thanks = await waitForMail("alice@example.org");
  expect(thanks.subject).toBe("Thank you for applying to sponsor the Python Software Foundation");
  expect(thanks.text).toContain("Sprint day lunch");

  const row = await withDb(
    async (c) =>
      (
        await c.query<{
          status: string;
          for_modified_package: boolean;
          package: string;
          contacts: string;
          linked: string;
          logo: string;
        }>(
          `SELECT s.status, s.for_modified_package, p.name AS package, sp.web_logo AS logo,
                (SELECT count(*) FROM sponsors_sponsorcontact c WHERE c.sponsor_id = sp.id) AS contacts,
                (SELECT count(*) FROM sponsors_sponsorcontact c JOIN users_user u ON u.id = c.user_id
                  WHERE c.sponsor_id = sp.id AND u.username = 'alice') AS linked
           FROM sponsors_sponsorship s JOIN sponsors_sponsor sp ON sp.id = s.sponsor_id
           JOIN sponsors_sponsorshippackage p ON p.id = s.package_id WHERE sp.name = $1`,
          [sponsorName],
        )
      ).rows[0]!,
  );
  expect(row).toMatchObject({
    status: "applied",
    for_modified_package: true,
    package: "Partner",
    contacts: "2",
    linked: "1",
  });
  expect((await page.request.get(`/media/${row.logo}`)).headers()["content-type"]).toBe("image/png");
  // The cookie is spent: step 2 sends the visitor back to step 1 with python.org's message.
  await page.goto("/sponsors/application/new/");
  await expect(page).toHaveURL(/\/sponsors\/application\/\?missing=1$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "You have to select sponsorship package and benefits before.",
  );
});
