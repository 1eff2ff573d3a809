import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

// The banners screens' ids (their axe scans are in a11y-page-kinds.spec.ts, with every admin page kind).
test("a banner id that is not a number, or too large for the table, is a 404, never a 500", async ({ page }) => {
  await signInAs(page, "staff");
  for (const id of ["abc", "99999999999", "0x1", "2147483647"])
    expect([id, (await page.goto(`/admin/banners/${id}/`))!.status()]).toEqual([id, 404]);
});
