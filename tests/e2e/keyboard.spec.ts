import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

// Issue #21: five flows walked with the keyboard alone (no clicks, no fill on a locator): the
// skip link and sign-in, search, the download button, a form with errors, and an admin list.
// Each focused stop must show that it has focus.
const password = process.env.SEED_PASSWORD ?? "";

type Focused = { tag: string; text: string; name: string; href: string; label: string; visible: boolean };

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // A visible focus indicator: an outline (the browser's own focus ring is "auto") or a ring, on
    // the element or on the wrapper that draws it (daisyUI's input box styles :focus-within).
    const ring = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return (
        (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none"
      );
    };
    const visible = ring(el) || (!!el?.parentElement?.matches(":focus-within") && ring(el.parentElement));
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").replace(/\s+/g, " ").trim(),
      name: el?.getAttribute("name") ?? "",
      href: el?.getAttribute("href") ?? "",
      label: el?.getAttribute("aria-label") ?? "",
      visible,
    };
  });

/** Presses Tab until the focused element matches, and returns it; fails after `max` presses. */
async function tabTo(page: Page, what: string, match: (f: Focused) => boolean, max = 300, key = "Tab") {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (match(f)) {
      expect({ what, focusVisible: f.visible }).toEqual({ what, focusVisible: true });
      return f;
    }
  }
  throw new Error(`Tab never reached ${what} in ${max} presses`);
}

test("the skip link comes first and moves focus to the content; sign-in works from the keyboard", async ({
  page,
}) => {
  await gotoHydrated(page, "/");
  await page.keyboard.press("Tab");
  const skip = await focused(page);
  expect(skip).toMatchObject({ tag: "a", text: "Skip to content", href: "#content", visible: true });
  // Shown on screen while focused, not only to screen readers.
  const box = await page.getByRole("link", { name: "Skip to content" }).boundingBox();
  expect(box!.width).toBeGreaterThan(40);
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("content");

  await gotoHydrated(page, "/");
  await tabTo(page, "the Sign in link", (f) => f.tag === "a" && f.text === "Sign in");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/accounts\/login\//);
  await tabTo(page, "the username field", (f) => f.name === "login");
  await page.keyboard.type("bob");
  await page.keyboard.press("Tab");
  expect((await focused(page)).name).toBe("password");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-as")).toHaveText("bob", { timeout: 15_000 });
});

test("search: '/' focuses the box, Enter searches, Tab reaches a result and Enter opens it", async ({
  page,
}) => {
  await gotoHydrated(page, "/");
  await page.keyboard.press("/");
  await page.keyboard.type("Software Foundation");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=Software\+Foundation/);
  const results = page.getByRole("list", { name: "Search results" });
  const first = results.getByRole("listitem").first().getByRole("link");
  const href = await first.getAttribute("href");
  expect(href).toBeTruthy();
  const reached = await tabTo(page, "the first result", (f) => f.tag === "a" && f.href === href);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new URL(reached.href, page.url()).href);
  expect((await page.request.get(reached.href)).status()).toBe(200);
});

test("the download button is reached with Tab and Enter starts the download", async ({ page }) => {
  // The files live on www.python.org, which this machine does not reach: answer for it here.
  await page.route("https://www.python.org/ftp/**", (route) =>
    route.fulfill({ status: 200, contentType: "application/octet-stream", body: "file" }),
  );
  await gotoHydrated(page, "/downloads/");
  const button = await tabTo(
    page,
    "the download button",
    (f) => f.tag === "a" && /^Download Python 3\./.test(f.text),
  );
  expect(button.href).toMatch(/^https:\/\/www\.python\.org\/ftp\/python\/3\./);
  const request = page.waitForRequest((r) => r.url() === button.href);
  await page.keyboard.press("Enter");
  await request;
});

test("a form with errors: each message is tied to its field, values are kept, and Tab walks the fields", async ({
  page,
}) => {
  await gotoHydrated(page, "/accounts/signup/");
  await tabTo(page, "the username field", (f) => f.name === "username");
  await page.keyboard.type("k");
  await page.keyboard.press("Tab");
  await page.keyboard.type("not-an-address");
  await page.keyboard.press("Tab");
  await page.keyboard.type("short");
  await page.keyboard.press("Enter");
  const email = page.locator("input[name=email]");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  // The message is the field's accessible description, so a screen reader reads it on focus.
  await expect(email).toHaveAccessibleDescription(/.+/);
  await expect(email).toHaveValue("not-an-address");
  await expect(page.locator("input[name=username]")).toHaveValue("k");
  // From where focus is after the submit, Shift+Tab gets back to the field that needs fixing.
  await tabTo(page, "the email field again", (f) => f.name === "email", 20, "Shift+Tab");
});

/**
 * From the top of a freshly loaded admin page: the site's skip link, then the admin's own past
 * its section menu (dozens of links), as a keyboard user goes.
 */
async function skipToAdminScreen(page: Page) {
  await tabTo(page, "the skip link", (f) => f.tag === "a" && f.text === "Skip to content", 3);
  await page.keyboard.press("Enter");
  await tabTo(page, "the admin's skip link", (f) => f.tag === "a" && f.text === "Skip the admin menu", 5);
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("admin-main");
}

test("an admin list: search, sort and open a row from the keyboard", async ({ page }) => {
  await signInAs(page, "staff", password);
  await gotoHydrated(page, "/admin/users/");
  await skipToAdminScreen(page);
  await tabTo(page, "the list's search box", (f) => f.label === "Search users by username or email", 30);
  await page.keyboard.type("alice");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]q=alice/);
  const table = page.getByRole("table", { name: "Users" });
  await expect(table.getByRole("link", { name: "alice", exact: true })).toBeVisible();
  // The list came back with the results; Tab goes on from where the search box was.
  await tabTo(page, "the Username column's sort link", (f) => f.tag === "a" && f.text.startsWith("Username"), 40);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]sort=username&dir=desc/);
  await expect(page).toHaveURL(/[?&]q=alice/);
  const row = await tabTo(page, "alice's row", (f) => f.tag === "a" && f.text === "alice");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${row.href.replace(/\//g, "\\/")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("alice");
});
