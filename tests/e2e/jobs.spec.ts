import { expect, test, type Browser } from "@playwright/test";
import { gotoHydrated, signInAs } from "./support/auth";
import { withDb } from "./support/db";
import { mailTo, waitForMail } from "./support/mail";

// The job board (apps/jobs tests, §8.3, as acceptance checks on the seeded board): visitors see
// approved, unexpired jobs only; a poster drafts, previews and submits; a job-board admin who is
// not staff comments, the poster answers, the admin approves; the job is then listed, in the
// feed and in search, and every step's mail reaches the SMTP sink with python.org's subjects.
const JOBS = "jobs@python.org";

const jobId = (title: string) =>
  withDb(async (c) => (await c.query<{ id: number }>("SELECT id FROM jobs_job WHERE job_title = $1", [title])).rows[0]!.id);

const anonStatus = async (browser: Browser, path: string, method: "GET" | "POST" = "GET") => {
  const page = await browser.newPage();
  const res = method === "GET" ? await page.request.get(path, { maxRedirects: 0 }) : await page.request.post(path, { maxRedirects: 0 });
  await page.close();
  return res.status();
};

test("the list shows approved, unexpired jobs, featured first; filters, menus and unknown slugs", async ({ page, browser }) => {
  await page.goto("/jobs/");
  await expect(page.getByRole("heading", { level: 1, name: "Python Job Board" })).toBeVisible();
  const listings = page.getByTestId("job-listing");
  for (const listed of ["Senior Python Developer", "Data Engineer (Python)", "Python Instructor", "Platform Engineer", "QA Automation Engineer"])
    await expect(page.getByRole("link", { name: listed, exact: true })).toBeVisible();
  await expect(listings.first()).toContainText("Senior Python Developer");
  await expect(listings.first().getByText("Featured")).toBeVisible();
  for (const hidden of ["Backend Developer", "Django Developer", "Crypto Trader Wanted", "Machine Learning Engineer"])
    await expect(page.getByRole("link", { name: hidden, exact: true })).toHaveCount(0);
  // Posted 45 days ago: listed, but no longer "New".
  await expect(listings.filter({ hasText: "Platform Engineer" }).getByText("New", { exact: true })).toHaveCount(0);
  await expect(listings.filter({ hasText: "QA Automation Engineer" }).getByText("New", { exact: true })).toBeVisible();

  await page.goto("/jobs/location/telecommute/");
  await expect(page.getByTestId("job-listing").filter({ hasText: /Data Engineer|Platform Engineer/ })).toHaveCount(2);
  await expect(page.getByTestId("job-listing").filter({ hasText: "Senior Python Developer" })).toHaveCount(0);
  await page.goto("/jobs/type/teaching/");
  await expect(page.getByTestId("job-listing")).toHaveCount(1);
  await page.goto("/jobs/category/research/");
  await expect(page.getByTestId("job-listing")).toHaveText([/Data Engineer/]);
  await page.goto("/jobs/location/berlin-germany/");
  await expect(page.getByTestId("job-listing")).toHaveText([/QA Automation Engineer/]);

  // Types and categories list only those with a visible job; locations leave out review jobs.
  await page.goto("/jobs/types/");
  await expect(page.getByRole("region", { name: "Job types" }).getByRole("link", { name: "Testing" })).toBeVisible();
  await page.goto("/jobs/locations/");
  const places = page.getByRole("region", { name: "Job locations" });
  await expect(places.getByRole("link", { name: "Pune, Maharashtra, India" })).toHaveCount(0);
  await expect(places.getByRole("link", { name: "Toronto, Ontario, Canada" })).toBeVisible();

  for (const path of ["/jobs/type/no-such-type/", "/jobs/category/no-such-category/", "/jobs/999999/", "/jobs/abc/"])
    expect([path, await anonStatus(browser, path)]).toEqual([path, 404]);
  expect(await anonStatus(browser, "/jobs/", "POST")).toBe(405);
});

test("who sees a job: visitors the listed ones, the poster their draft, admins any, others 404", async ({ browser }) => {
  const [approved, draft, review] = await Promise.all([
    jobId("Senior Python Developer"),
    jobId("Django Developer"),
    jobId("Backend Developer"),
  ]);
  expect(await anonStatus(browser, `/jobs/${approved}/`)).toBe(200);
  expect(await anonStatus(browser, `/jobs/${draft}/`)).toBe(404);
  const as = async (login: string, path: string) => {
    const page = await browser.newPage();
    await signInAs(page, login);
    const res = await page.goto(path);
    const status = res!.status();
    const text = status === 200 ? await page.getByTestId("job-status").textContent().catch(() => null) : null;
    await page.close();
    return { status, text };
  };
  expect(await as("alice", `/jobs/${draft}/`)).toEqual({ status: 200, text: "Status: draft" });
  expect((await as("bob", `/jobs/${draft}/`)).status).toBe(404);
  expect(await as("moderator", `/jobs/${review}/`)).toEqual({ status: 200, text: "Status: review" });
  expect((await as("staff", `/jobs/${draft}/`)).status).toBe(200);
  // Editing or previewing an approved job: 404 for its poster.
  expect((await as("alice", `/jobs/${approved}/edit/`)).status).toBe(404);
  expect((await as("alice", `/jobs/${approved}/preview/`)).status).toBe(404);
});

test("posting needs a sign-in; the queues are for job-board admins (403 for others), with ?q=", async ({ browser }) => {
  for (const path of ["/jobs/create/", "/jobs/mine/", "/jobs/review/", "/jobs/moderate/"]) {
    const page = await browser.newPage();
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect([path, res.status(), res.headers().location ?? ""]).toEqual([path, 307, expect.stringContaining("/accounts/login/")]);
    await page.close();
  }
  const bob = await browser.newPage();
  await signInAs(bob, "bob");
  expect((await bob.goto("/jobs/review/"))!.status()).toBe(403);
  expect((await bob.goto("/jobs/moderate/"))!.status()).toBe(403);
  await bob.close();
  const mod = await browser.newPage();
  await signInAs(mod, "moderator");
  await mod.goto("/jobs/review/");
  for (const title of ["Backend Developer", "Research Software Engineer", "Python Tutor (part time)"])
    await expect(mod.getByTestId("moderation-row").filter({ hasText: title })).toHaveCount(1);
  await expect(mod.getByTestId("moderation-row").filter({ hasText: "Senior Python Developer" })).toHaveCount(0);
  await mod.goto("/jobs/moderate/?q=engineer");
  const rows = mod.getByTestId("moderation-row");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain("engineer");
  await expect(rows.filter({ hasText: "review" })).toHaveCount(0);
  await mod.close();
});

test("post, preview, submit; an admin comments, the poster answers, the admin approves; listed, in the feed and search", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const title = `Python Engineer ${stamp}`;
  const contactEmail = `hiring-${stamp}@example.org`;
  const display = `${title}, Riverside Robotics`;
  const jobsMailBefore = (await mailTo(JOBS)).length;

  const poster = await browser.newPage();
  await signInAs(poster, "bob");
  await gotoHydrated(poster, "/jobs/create/");
  await poster.getByLabel("Job title *").fill(title);
  await poster.getByLabel("Testing").check();
  await poster.getByRole("button", { name: "Save and preview" }).click();
  // Each missing field says so; nothing typed or ticked is lost.
  await expect(poster.getByText("Enter the company name.")).toBeVisible({ timeout: 15_000 });
  await expect(poster.getByText("Choose a category.")).toBeVisible();
  await expect(poster.getByText("Describe the job.")).toBeVisible();
  await expect(poster.getByLabel("Job title *")).toHaveValue(title);
  await expect(poster.getByLabel("Testing")).toBeChecked();

  await poster.getByLabel("Company name *").fill("Riverside Robotics");
  await poster.getByLabel("Category *").selectOption({ label: "Software Engineering" });
  await poster.getByLabel("City *").fill("Memphis");
  await poster.getByLabel("State, Province or Region").fill("TN");
  await poster.getByLabel("Country *").fill("USA");
  await poster.getByLabel("Job description *").fill("Write **robot** firmware tools in Python.");
  await expect(poster.getByTestId("markup-preview").first().locator("strong", { hasText: "robot" })).toBeVisible({
    timeout: 15_000,
  });
  await poster.getByLabel("Job requirements *").fill("- pytest\n- asyncio");
  await poster.getByLabel("Contact name").fill("Robin Rivers");
  await poster.getByLabel("Contact email *").fill(contactEmail);
  await poster.getByLabel("Website *").fill("https://riverside.example.org/jobs/");
  await poster.getByLabel("Remote work (telecommuting) is possible").check();
  await poster.getByRole("button", { name: "Save and preview" }).click();
  await expect(poster).toHaveURL(/\/jobs\/\d+\/preview\/$/, { timeout: 15_000 });
  const id = Number(new URL(poster.url()).pathname.split("/")[2]);
  await expect(poster.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The job's own location, not a same-category job's (a reused database has earlier runs' jobs).
  await expect(poster.getByRole("article", { name: title }).getByText("Memphis, TN, USA")).toBeVisible();
  expect(await anonStatus(browser, `/jobs/${id}/`)).toBe(404);
  // Saving a draft mails nobody.
  expect((await mailTo(JOBS)).filter((m) => m.subject.includes(stamp))).toHaveLength(0);

  await poster.getByRole("button", { name: "Submit for Approval" }).click();
  await expect(poster).toHaveURL(/\/jobs\/thanks\/$/, { timeout: 30_000 });
  const submitted = await waitForMail(JOBS, jobsMailBefore + 1);
  expect(submitted.subject).toBe(`Job Submitted for Approval: ${display}`);
  expect(submitted.from).toContain("jobs@python.org");

  const admin = await browser.newPage();
  await signInAs(admin, "moderator");
  await admin.goto("/jobs/review/");
  await expect(admin.getByTestId("moderation-row").filter({ hasText: title })).toBeVisible();
  await gotoHydrated(admin, `/jobs/${id}/`);
  await admin.getByLabel("Comment (Markdown)").fill("Please add a salary range.");
  await admin.getByRole("button", { name: "Add comment" }).click();
  await expect(admin.getByTestId("review-comment").filter({ hasText: "Please add a salary range." })).toBeVisible({
    timeout: 15_000,
  });
  const toPoster = await waitForMail(contactEmail, 1);
  expect(toPoster.subject).toBe(`Python Job Board: Review comment for: ${display}`);
  expect(toPoster.to).toEqual(expect.arrayContaining([JOBS, contactEmail]));
  expect(toPoster.text).toContain("There is a new review comment available for your job posting.");

  await gotoHydrated(poster, `/jobs/${id}/`);
  await expect(poster.getByTestId("review-comment")).toHaveCount(1);
  await poster.getByLabel("Comment (Markdown)").fill("The range is 90k to 110k USD.");
  await poster.getByRole("button", { name: "Add comment" }).click();
  await expect(poster.getByTestId("review-comment")).toHaveCount(2, { timeout: 15_000 });
  await expect(poster.getByRole("button", { name: "Comment and approve" })).toHaveCount(0);
  await expect
    .poll(async () => (await mailTo(JOBS)).filter((m) => m.text.includes("Dear Python Job Board Admin,") && m.subject.includes(stamp)).length, {
      timeout: 15_000,
    })
    .toBe(2); // the submission and the poster's answer
  expect(await mailTo(contactEmail)).toHaveLength(1); // the answer went to the admins only

  await gotoHydrated(admin, `/jobs/${id}/`);
  await admin.getByLabel("Comment (Markdown)").fill("Thanks, approved.");
  await admin.getByRole("button", { name: "Comment and approve" }).click();
  await expect(admin.getByText("Comment saved; the job is now approved.")).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(async () => (await mailTo(contactEmail)).map((m) => m.subject), { timeout: 15_000 })
    .toContain("Python Job Board: Job entry approved");

  const anon = await browser.newPage();
  await anon.goto("/jobs/");
  await expect(anon.getByRole("link", { name: title, exact: true })).toBeVisible();
  // The visitors' copy of the page is cached: the 404 it answered for the draft is gone.
  expect(await anonStatus(browser, `/jobs/${id}/`)).toBe(200);
  const feed = await (await anon.request.get("/jobs/feed/rss/")).text();
  expect(feed).toContain(`<title>${display}</title>`);
  await expect
    .poll(
      async () => {
        await anon.goto(`/search/?q=${encodeURIComponent(`Riverside Robotics ${stamp}`)}`);
        return anon.locator(`a[href$="/jobs/${id}/"]`).count();
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
  await Promise.all([anon.close(), admin.close(), poster.close()]);
});
