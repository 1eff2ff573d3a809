import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";

// The background-runs screen (/admin/runs/): every function of inngest/index.ts with its trigger,
// its last runs from platform_backgroundrun, and "Run now" for staff through defineAction.
const FN = "platform-resume-stale-runs";

const runsOf = (functionId: string) =>
  withDb(
    async (c) =>
      (
        await c.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM platform_backgroundrun WHERE function_id = $1",
          [functionId],
        )
      ).rows[0]!.n,
  );

type Captured = { url: string; headers: Record<string, string>; body: Buffer };

/** Clicks "Run now" and keeps the server action's request, to replay it as other callers. */
async function runNow(page: Page): Promise<Captured> {
  let captured: Captured | undefined;
  await page.route("**/admin/runs/", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      // The action's own headers only: each caller's context sends its own cookies.
      const keep = ["next-action", "next-router-state-tree", "content-type", "accept", "origin"];
      const headers = Object.fromEntries(Object.entries(req.headers()).filter(([k]) => keep.includes(k)));
      captured = { url: req.url(), headers, body: req.postDataBuffer()! };
    }
    await route.continue();
  });
  await page.getByRole("button", { name: `Run now ${FN}` }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute("**/admin/runs/");
  return captured!;
}

test("staff see every function with its trigger, run one now and see its run; others cannot run it", async ({
  browser,
}) => {
  const staff = await browser.newPage();
  await signInAs(staff, "staff");
  await gotoHydrated(staff, "/admin/");
  await staff
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Background runs" })
    .click();
  await expect(staff.getByRole("heading", { name: "Background runs", level: 1 })).toBeVisible();
  await expect(staff.getByRole("heading", { name: "search-sync-document" })).toBeVisible();
  await expect(staff.getByText("On event: search/document.changed")).toBeVisible();
  await expect(
    staff.getByRole("region", { name: "platform-resume-stale-runs" }).getByTestId("trigger"),
  ).toContainText("Scheduled: */10 * * * *");
  // Event-triggered functions need their event's data: no button for them.
  await expect(staff.getByRole("button", { name: "Run now search-sync-document" })).toHaveCount(0);

  const before = await runsOf(FN);
  const request = await runNow(staff);
  await expect(staff.getByRole("status").filter({ hasText: `${FN}: run` })).toContainText("succeeded");
  expect(await runsOf(FN)).toBe(before + 1);
  const table = staff.getByRole("table", { name: `Last runs of ${FN}` });
  await expect(table.locator("tbody tr").first()).toContainText("succeeded");
  await expect
    .poll(() =>
      withDb(
        async (c) =>
          (
            await c.query(
              `SELECT 1 FROM audit_log WHERE action = 'background_run.started' AND detail->>'functionId' = $1
                 AND actor_id = (SELECT id FROM users_user WHERE username = 'staff')`,
              [FN],
            )
          ).rowCount,
      ),
    )
    .toBeGreaterThan(0);

  // The same action replayed by a visitor and by the job-board moderator (not staff) runs nothing.
  const moderator = await browser.newPage();
  await signInAs(moderator, "moderator");
  const anon = await browser.newPage();
  const since = new Date();
  for (const caller of [anon, moderator]) {
    const res = await caller.request.post(request.url, {
      headers: request.headers,
      data: request.body,
    });
    expect(res.status()).toBeLessThan(500);
  }
  expect(await runsOf(FN)).toBe(before + 1);
  await expect
    .poll(() =>
      withDb(
        async (c) =>
          (
            await c.query(
              `SELECT 1 FROM audit_log WHERE action = 'authz.denied' AND detail->>'screen' = 'admin.runs.run' AND "at" >= $1`,
              [since],
            )
          ).rowCount,
      ),
    )
    .toBe(2);
  const nav = moderator.getByRole("navigation", { name: "Admin" });
  await moderator.goto("/admin/");
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Background runs" })).toHaveCount(0);
  await Promise.all([staff, moderator, anon].map((p) => p.close()));
});
