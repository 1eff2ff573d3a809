import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";

// Download counting end to end: a click on a file link goes straight to the file (no redirect
// through us) while Chromium pings /api/downloads/ping/; the scheduled aggregation (run here as
// `npm run job` would) writes the day's totals, and the admin chart shows them.
test("a download is counted without a detour and shows in the admin statistics", async ({
  page,
  browser,
}) => {
  const fileHost: string[] = [];
  // The file itself lives on python.org; answer it here so nothing leaves the machine.
  await page.route("https://www.python.org/**", (r) => {
    fileHost.push(r.request().url());
    return r.fulfill({ status: 200, body: "file bytes", contentType: "application/octet-stream" });
  });
  await page.goto("/downloads/release/python-3140/");
  const link = page.getByTestId("files-table").getByRole("link").first();
  const fileName = (await link.innerText()).trim();
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^https:\/\/www\.python\.org\//);
  expect(await link.getAttribute("ping")).toBe(`/api/downloads/ping/?url=${encodeURIComponent(href)}`);

  const ping = page.waitForRequest((r) => r.url().includes("/api/downloads/ping/") && r.method() === "POST");
  await link.click();
  const sent = await ping;
  expect((await sent.response())?.status()).toBe(204);
  expect(fileHost).toEqual([href]);

  const job = spawnSync(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "--conditions=react-server",
      "scripts/job.ts",
      "downloads-aggregate-counts",
    ],
    { env: { ...process.env, NODE_ENV: "production" }, encoding: "utf8" },
  );
  expect(job.status, job.stderr).toBe(0);

  const staff = await browser.newPage();
  await signInAs(staff, "staff");
  await gotoHydrated(staff, "/admin/downloads/stats/");
  await expect(staff.getByTestId("downloads-total")).not.toHaveText(/^0 downloads/);
  await expect(staff.getByRole("table", { name: "Most downloaded files" })).toContainText(fileName);
  await expect(staff.getByRole("img", { name: /Downloads per day/ })).toBeVisible();
  await staff.close();
});
