import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { createUser, withDb } from "./support/db";

// AC-CSRF-1: a server action invoked from another origin (or an opaque "null" one) is refused
// before its body runs. The action here saves the profile; its side effect is the stored name.
const password = "the csrf test account's passphrase";

async function saveNameWithOrigin(page: Page, firstName: string, origin: string | null) {
  const statuses: number[] = [];
  await page.route("**/users/edit/", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    const headers = { ...req.headers() };
    if (origin === null) delete headers.origin;
    else headers.origin = origin;
    const res = await route.fetch({ headers });
    statuses.push(res.status());
    await route.fulfill({ response: res });
  });
  await gotoHydrated(page, "/users/edit/");
  await page.getByLabel("First name").fill(firstName);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect.poll(() => statuses.length).toBe(1);
  await page.unroute("**/users/edit/");
  return statuses[0]!;
}

const storedFirstName = (username: string) =>
  withDb(
    async (c) =>
      (
        await c.query<{ first_name: string }>("SELECT first_name FROM users_user WHERE username = $1", [
          username,
        ])
      ).rows[0]!.first_name,
  );

test("server actions from another origin, or from an opaque one, change nothing (AC-CSRF-1)", async ({
  page,
}) => {
  const username = `csrf${Date.now()}`;
  await createUser(username, password);
  await signInAs(page, username, password);

  for (const origin of ["https://evil.example", "null"]) {
    const status = await saveNameWithOrigin(page, `Mallory ${origin}`, origin);
    expect([origin, status >= 400]).toEqual([origin, true]);
    expect(await storedFirstName(username)).toBe("");
  }

  // The same request from our own origin does save: the refusals above were the origin's doing.
  const own = new URL(page.url()).origin;
  expect(await saveNameWithOrigin(page, "Grace", own)).toBe(200);
  await expect.poll(() => storedFirstName(username)).toBe("Grace");
});
