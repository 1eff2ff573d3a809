import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { type ActionAnswer, captureAction, replayAction } from "./support/actions";
import { gotoHydrated, signInAs } from "./support/auth";
import { createApiKeyFor, createUser, seededBoardElection, withDb } from "./support/db";
import { appDir, pageRoutes } from "./support/routes";

test.setTimeout(180_000);

// AC-AUTHZ-1: every admin page and every API write, for anonymous, normal, group-limited
// (job-board admin, not staff) and staff callers. Routes are enumerated, not listed by hand.

test("admin pages: visitors sign in, normal users 403, job-board admins and content editors only their part, staff everything", async ({
  browser,
}) => {
  const userId = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM users_user WHERE username = 'bob'")).rows[0]!.id,
  );
  const { releaseId, fileId } = await withDb(
    async (c) =>
      (
        await c.query<{ releaseId: number; fileId: number }>(
          `SELECT release_id AS "releaseId", id AS "fileId" FROM downloads_releasefile ORDER BY id LIMIT 1`,
        )
      ).rows[0]!,
  );
  const bannerId = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM banners_banner ORDER BY id LIMIT 1")).rows[0]!.id,
  );
  const pages = pageRoutes(
    path.join(appDir, "admin"),
    {
      "[id]": String(userId),
      "releases/[id]": String(releaseId),
      "files/[fileId]": String(fileId),
      "banners/[id]": String(bannerId),
      "navigation/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM navigation_menuitem ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "code-samples/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM codesamples_codesample ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "minutes/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM minutes_minutes ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "work-groups/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM work_groups_workgroup ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "companies/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM companies_company ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "boxes/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM boxes_box ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "pages/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM pages_page ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "redirects/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM django_redirect ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "community/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM community_post ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "user-groups/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM users_usergroup ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "membership/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM users_membership ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "flags/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM waffle_flag ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "nominations/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM nominations_election ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "kinds/[kindId]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM nominations_electionkind ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "mail-templates/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM mailing_emailtemplate ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "sponsors/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM sponsors_sponsorship ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "[programId]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM sponsors_sponsorshipprogram ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "[packageId]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM sponsors_sponsorshippackage ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "[clauseId]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM sponsors_legalclause ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "[sponsorId]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM sponsors_sponsor ORDER BY id LIMIT 1")).rows[0].id),
      ),
      ...(await withDb(async (c) => {
        const r = (
          await c.query(
            "SELECT benefit_id AS b, id AS f FROM sponsors_benefitfeatureconfiguration ORDER BY id LIMIT 1",
          )
        ).rows[0];
        return { "[benefitId]": String(r.b), "[featureId]": String(r.f) };
      })),
      "success-stories/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM successstories_story ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "events/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM events_event ORDER BY id LIMIT 1")).rows[0].id),
      ),
    },
    "/admin",
  );
  expect(pages).toEqual(
    expect.arrayContaining([
      "/admin/",
      "/admin/users/",
      "/admin/audit/",
      "/admin/mail/",
      "/admin/runs/",
      "/admin/downloads/",
      `/admin/downloads/releases/${releaseId}/files/${fileId}/`,
    ]),
  );
  // Job-board admins (not staff) reach the dashboard and the jobs screens only (pythondotorg#630).
  const staffOnly = (p: string) => p !== "/admin/" && !p.startsWith("/admin/jobs/");
  // The content editors' group (tests/factories/users.ts) opens the content screens and nothing else.
  const CONTENT = [
    "pages",
    "redirects",
    "banners",
    "navigation",
    "code-samples",
    "minutes",
    "boxes",
    "work-groups",
    "companies",
    "blogs",
  ];
  const editorMay = (p: string) => p === "/admin/" || CONTENT.some((s) => p.startsWith(`/admin/${s}/`));

  const as = async (who: string | null): Promise<Page> => {
    const page = await browser.newPage();
    if (who) await signInAs(page, who);
    return page;
  };
  const anon = await as(null);
  const bob = await as("bob");
  const moderator = await as("moderator");
  const staff = await as("staff");
  const editor = await as("editor");
  // Events moderators (tests/factories/users.ts, a group, not staff): the dashboard and the event submissions queue.
  const evmodName = `matrix-evmod-${Date.now().toString(36)}`;
  await createUser(evmodName, "Matrix-Events-Moderator-1");
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user_groups (user_id, group_id)
       SELECT u.id, g.id FROM users_user u, auth_group g WHERE u.username = $1 AND g.name = 'Events Moderator'`,
      [evmodName],
    ),
  );
  const evmod = await browser.newPage();
  await signInAs(evmod, evmodName, "Matrix-Events-Moderator-1");
  const evmodMay = (p: string) => p === "/admin/" || p.startsWith("/admin/events/moderation/");
  expect(pages.filter(editorMay).length).toBeGreaterThan(CONTENT.length);
  for (const p of pages) {
    const a = await anon.request.get(p, { maxRedirects: 0 });
    expect([p, a.status(), a.headers()["location"]]).toEqual([
      p,
      307,
      expect.stringContaining("/accounts/login/"),
    ]);
    expect([p, (await bob.request.get(p, { maxRedirects: 0 })).status()]).toEqual([p, 403]);
    expect([p, (await moderator.request.get(p, { maxRedirects: 0 })).status()]).toEqual([
      p,
      staffOnly(p) ? 403 : 200,
    ]);
    expect([p, (await editor.request.get(p, { maxRedirects: 0 })).status()]).toEqual([
      p,
      editorMay(p) ? 200 : 403,
    ]);
    expect([p, (await evmod.request.get(p, { maxRedirects: 0 })).status()]).toEqual([p, evmodMay(p) ? 200 : 403]);
    expect([p, (await staff.request.get(p, { maxRedirects: 0 })).status()]).toEqual([p, 200]);
  }
  await Promise.all([anon, bob, moderator, staff, editor, evmod].map((p) => p.close()));
});

type Op = { path: string; method: string; security?: Record<string, unknown>[] };

test("API writes: anonymous 401, non-staff refused, staff reach validation", async ({ request }) => {
  const doc = (await (await request.get("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, Op>>;
  };
  const writes: { path: string; method: string; v1: boolean }[] = [];
  for (const [p, ops] of Object.entries(doc.paths))
    for (const method of Object.keys(ops))
      // Public writes (browsers' CSP reports, download pings) declare no security; every other one is checked here.
      if (["post", "put", "patch", "delete"].includes(method) && ops[method]!.security)
        writes.push({ path: p.replace("{id}", "999999"), method, v1: p.startsWith("/api/v1/") });
  expect(writes.length).toBeGreaterThanOrEqual(15);
  const publicWrites = Object.entries(doc.paths).flatMap(([p, ops]) =>
    Object.entries(ops)
      .filter(([m, op]) => ["post", "put", "patch", "delete"].includes(m) && !op.security)
      .map(([m]) => `${m.toUpperCase()} ${p}`),
  );
  expect(publicWrites.sort()).toEqual(["POST /api/csp-report/", "POST /api/downloads/ping/"]);

  const keys = {
    aliceToken: await createApiKeyFor("alice", "v2_token"),
    aliceKey: await createApiKeyFor("alice", "v1_apikey"),
    modToken: await createApiKeyFor("moderator", "v2_token"),
    modKey: await createApiKeyFor("moderator", "v1_apikey"),
    staffToken: await createApiKeyFor("staff", "v2_token"),
    staffKey: await createApiKeyFor("staff", "v1_apikey"),
  };
  let n = 0;
  const call = (w: (typeof writes)[number], auth?: string) =>
    request.fetch(w.path, {
      method: w.method.toUpperCase(),
      headers: { "x-forwarded-for": `192.0.2.${(n++ % 200) + 10}`, ...(auth ? { authorization: auth } : {}) },
      data: w.method === "delete" ? undefined : {},
    });
  for (const w of writes) {
    const label = `${w.method.toUpperCase()} ${w.path}`;
    expect([label, (await call(w)).status()]).toEqual([label, 401]);
    // Tastypie answers every refusal with 401; DRF says 403 to a known, non-staff caller.
    const refused = w.v1 ? 401 : 403;
    const alice = w.v1 ? `ApiKey alice:${keys.aliceKey}` : `Token ${keys.aliceToken}`;
    const mod = w.v1 ? `ApiKey moderator:${keys.modKey}` : `Token ${keys.modToken}`;
    const staff = w.v1 ? `ApiKey staff:${keys.staffKey}` : `Token ${keys.staffToken}`;
    expect([label, (await call(w, alice)).status()]).toEqual([label, refused]);
    expect([label, (await call(w, mod)).status()]).toEqual([label, refused]);
    const staffStatus = (await call(w, staff)).status();
    expect([label, [400, 404, 405, 204].includes(staffStatus)]).toEqual([label, true]);
  }
});

// The job board's own routes (apps/jobs/views.py access rules) for a visitor, the poster (alice
// posted the seeded jobs), another user, a job-board admin who is not staff, and staff.
test("jobs routes: visitor, owner, other user, job-board admin and staff each get python.org's answer", async ({
  browser,
}) => {
  const idOf = (title: string) =>
    withDb(async (c) => (await c.query<{ id: number }>("SELECT id FROM jobs_job WHERE job_title = $1", [title])).rows[0]!.id);
  const [approved, draft, review] = await Promise.all([
    idOf("Senior Python Developer"),
    idOf("Django Developer"),
    idOf("Backend Developer"),
  ]);
  const S = 307; // sign in first (or, for someone else's job, back to /jobs/mine/)
  //                                          anon owner other admin staff
  const matrix: [string, number[]][] = [
    ["/jobs/", [200, 200, 200, 200, 200]],
    ["/jobs/?page=1", [200, 200, 200, 200, 200]], // rewritten to /jobs/page/1/ (next.config.mjs)
    ["/jobs/type/back-end/?page=1", [200, 200, 200, 200, 200]],
    ["/jobs/category/software-engineering/?page=1", [200, 200, 200, 200, 200]],
    ["/jobs/location/telecommute/?page=1", [200, 200, 200, 200, 200]],
    ["/jobs/feed/rss/", [200, 200, 200, 200, 200]],
    [`/jobs/${approved}/`, [200, 200, 200, 200, 200]],
    [`/jobs/${draft}/`, [404, 200, 404, 200, 200]],
    [`/jobs/${review}/`, [404, 200, 404, 200, 200]],
    ["/jobs/create/", [S, 200, 200, 200, 200]],
    ["/jobs/mine/", [S, 200, 200, 200, 200]],
    [`/jobs/${draft}/edit/`, [S, 200, 404, 200, 200]],
    [`/jobs/${approved}/edit/`, [S, 404, 404, 200, 200]],
    [`/jobs/${draft}/preview/`, [S, 200, 404, 200, 200]],
    [`/jobs/${approved}/preview/`, [S, 404, 404, 404, 404]],
    [`/jobs/${approved}/remove/`, [S, 200, S, S, S]],
    ["/jobs/review/", [S, 403, 403, 200, 200]],
    ["/jobs/moderate/", [S, 403, 403, 200, 200]],
    ["/admin/jobs/", [S, 403, 403, 200, 200]],
  ];
  const people = [null, "alice", "bob", "moderator", "staff"];
  const pages = await Promise.all(
    people.map(async (who) => {
      const page = await browser.newPage();
      if (who) await signInAs(page, who);
      return page;
    }),
  );
  for (const [path, expected] of matrix) {
    const got: number[] = [];
    for (const page of pages) got.push((await page.request.get(path, { maxRedirects: 0 })).status());
    expect([path, got]).toEqual([path, expected]);
  }
  await Promise.all(pages.map((p) => p.close()));
});

// The events routes (§2.6, apps/events/urls.py): all public but the submission form (login),
// for a visitor, a signed-in user, an events moderator (a group, not staff) and staff. The
// moderation queue (/admin/events/moderation/) is in the admin pages test above. Ids are looked
// up by name; the pending event is this test's own.
test("events routes: visitor, signed-in user, events moderator and staff each get python.org's answer", async ({
  browser,
}) => {
  const stamp = `${process.env.TEST_WORKER_INDEX ?? "0"}w${Date.now().toString(36)}`;
  const ids = await withDb(async (c) => {
    const id = async (sql: string, params: unknown[]) => (await c.query<{ id: number }>(sql, params)).rows[0]!.id;
    return {
      harbour: await id(
        `SELECT e.id FROM events_event e JOIN events_calendar c ON c.id = e.calendar_id
         WHERE c.slug = 'python-events' AND e.title = $1`,
        ["PyCon Harbour"],
      ),
      utrecht: await id(
        `SELECT e.id FROM events_event e JOIN events_calendar c ON c.id = e.calendar_id
         WHERE c.slug = 'python-user-group' AND e.title = $1`,
        ["Utrecht Python meetup"],
      ),
      venue: await id(
        `SELECT l.id FROM events_eventlocation l JOIN events_calendar c ON c.id = l.calendar_id
         WHERE c.slug = 'python-events' AND l.name = $1`,
        ["Harbour Convention Centre"],
      ),
      library: await id(
        `SELECT l.id FROM events_eventlocation l JOIN events_calendar c ON c.id = l.calendar_id
         WHERE c.slug = 'python-user-group' AND l.name = $1`,
        ["City Library, room 2"],
      ),
      pending: await id(
        `INSERT INTO events_event (title, calendar_id, status, updated)
         SELECT $1, id, 'pending', now() FROM events_calendar WHERE slug = 'python-events' RETURNING id`,
        [`Matrix pending event ${stamp}`],
      ),
    };
  });
  const evmodName = `matrixevmod${stamp}`;
  await createUser(evmodName, MATRIX_PASSWORD);
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user_groups (user_id, group_id)
       SELECT u.id, g.id FROM users_user u, auth_group g WHERE u.username = $1 AND g.name = 'Events Moderator'`,
      [evmodName],
    ),
  );
  const today = new Date();
  const date = `${today.getFullYear()}/${String(today.getMonth() + 1).padStart(2, "0")}/${String(today.getDate()).padStart(2, "0")}`;
  const cal = "/events/python-events";
  const S = 307; // sign in first
  //                                                    anon  user  evmod staff
  const matrix: [string, number[]][] = [
    ["/events/", [200, 200, 200, 200]],
    ["/events/?page=1", [200, 200, 200, 200]], // rewritten to /events/page/1/ (next.config.mjs)
    ["/events/calendars/", [200, 200, 200, 200]],
    [`${cal}/`, [200, 200, 200, 200]],
    [`${cal}/?page=1`, [200, 200, 200, 200]],
    [`${cal}/?page=abc`, [404, 404, 404, 404]], // Django's paginator: a page that is no number is 404
    [`${cal}/?page=999`, [404, 404, 404, 404]], // and so is one past the last
    [`${cal}/past/`, [200, 200, 200, 200]],
    [`${cal}/past/?page=1`, [200, 200, 200, 200]],
    [`${cal}/categories/`, [200, 200, 200, 200]],
    [`${cal}/categories/conference/`, [200, 200, 200, 200]],
    [`${cal}/categories/no-such-category/`, [404, 404, 404, 404]],
    [`${cal}/categories/meetup/`, [404, 404, 404, 404]], // another calendar's category
    [`${cal}/locations/`, [200, 200, 200, 200]],
    [`${cal}/locations/${ids.venue}/`, [200, 200, 200, 200]],
    [`${cal}/locations/999999999/`, [404, 404, 404, 404]],
    [`${cal}/locations/${ids.library}/`, [404, 404, 404, 404]], // another calendar's venue
    [`${cal}/date/${date}/`, [200, 200, 200, 200]],
    [`${cal}/${ids.harbour}/`, [200, 200, 200, 200]],
    // python.org's EventDetail ignores the calendar slug (200); ours keeps one address per event.
    [`${cal}/${ids.utrecht}/`, [404, 404, 404, 404]],
    [`${cal}/${ids.pending}/`, [404, 404, 404, 404]], // submitted, not yet approved
    [`${cal}/999999999/`, [404, 404, 404, 404]],
    [`${cal}/events.ics`, [200, 200, 200, 200]],
    [`${cal}/${ids.harbour}/event.ics`, [200, 200, 200, 200]],
    [`${cal}/feed.rss`, [200, 200, 200, 200]],
    ["/events/no-such-calendar/", [404, 404, 404, 404]],
    ["/events/no-such-calendar/past/", [404, 404, 404, 404]],
    ["/events/submit/", [S, 200, 200, 200]],
    ["/events/submit/thanks/", [200, 200, 200, 200]],
  ];
  const pages = await Promise.all(
    [null, "bob", evmodName, "staff"].map(async (who) => {
      const page = await browser.newPage();
      if (who) await signInAs(page, who, who === evmodName ? MATRIX_PASSWORD : undefined);
      return page;
    }),
  );
  for (const [path, expected] of matrix) {
    const got: number[] = [];
    for (const page of pages) got.push((await page.request.get(path, { maxRedirects: 0 })).status());
    expect([path, got]).toEqual([path, expected]);
  }
  const submit = await pages[0]!.request.get("/events/submit/", { maxRedirects: 0 });
  expect(submit.headers()["location"]).toContain("/accounts/login/");
  await Promise.all(pages.map((p) => p.close()));
});

// Site search (§2.13, /search/ and GET /api/search/) takes no credentials: a visitor, a signed-in
// user and staff get the same answers, and a cached search (next.config.mjs rewrites ?q= to the
// /search/_q/ route) is the same entry for all of them, with no cookie set and nothing personal.
test("search routes: a visitor, a signed-in user and staff get the same public answers", async ({
  browser,
}) => {
  const matrix: [string, number][] = [
    ["/search/", 200],
    ["/search/?q=python", 200],
    ["/search/?q=python&type=release", 200],
    ["/search/?q=python&page=2", 200],
    ["/search/?q=python&per_page=5", 200], // rendered per request
    ["/search/?q=%20python", 307], // to the normalized query
    ["/search/_q/%20python/_/1/", 404], // not a form the rewrite makes
    ["/api/search/?q=python", 200],
    ["/api/search/?q=python&type=NOPE", 400],
  ];
  const pages = await Promise.all(
    [null, "bob", "staff"].map(async (who) => {
      const page = await browser.newPage();
      if (who) await signInAs(page, who);
      return page;
    }),
  );
  for (const [path, expected] of matrix) {
    const got: number[] = [];
    for (const page of pages) got.push((await page.request.get(path, { maxRedirects: 0 })).status());
    expect([path, got]).toEqual([path, pages.map(() => expected)]);
  }
  await pages[0]!.request.get("/search/?q=python"); // fills the cache, if the loop above did not
  const cached = await Promise.all(pages.map((p) => p.request.get("/search/?q=python")));
  for (const res of cached) {
    expect(res.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
    expect(res.headers()["set-cookie"]).toBeUndefined();
    const html = await res.text();
    expect([html.includes(">bob<"), html.includes(">staff<")]).toEqual([false, false]);
  }
  expect(new Set(cached.map((r) => r.headers()["etag"])).size).toBe(1);
  await Promise.all(pages.map((p) => p.close()));
});

// POST /jobs/create-review-comment/ (JobReviewCommentCreate): the owner and job-board admins
// comment (302 back to the job), anyone else gets 401 "Unauthorized" and saves nothing; an owner
// who tries to approve gets 401 too; an empty comment is not saved; a visitor is sent to sign in.
// Comments only: the job's status never changes here.
test("jobs review comments: visitor, owner, other user, job-board admin and staff each get python.org's answer", async ({
  browser,
}) => {
  const draft = await withDb(
    async (c) =>
      (await c.query<{ id: number }>("SELECT id FROM jobs_job WHERE job_title = 'Django Developer'")).rows[0]!.id,
  );
  const count = (text?: string) =>
    withDb(async (c) => {
      const sql = "SELECT count(*) AS n FROM jobs_jobreviewcomment WHERE job_id = $1";
      const r = text ? await c.query(`${sql} AND comment = $2`, [draft, text]) : await c.query(sql, [draft]);
      return Number(r.rows[0].n);
    });
  const post = (page: Page, form: Record<string, string>) =>
    page.request.post("/jobs/create-review-comment/", { form: { job: String(draft), ...form }, maxRedirects: 0 });
  //                    anon owner other admin staff
  const expected = [302, 302, 401, 302, 302];
  const saved = [0, 1, 0, 1, 1];
  for (const [i, who] of [null, "alice", "bob", "moderator", "staff"].entries()) {
    const page = await browser.newPage();
    if (who) await signInAs(page, who);
    const text = `authz matrix comment by ${who ?? "a visitor"} ${Date.now()}`;
    const res = await post(page, { comment: text });
    expect([who, res.status(), await count(text)]).toEqual([who, expected[i], saved[i]]);
    if (res.status() === 401) expect(await res.text()).toBe("Unauthorized");
    else
      expect([who, res.headers().location]).toEqual([
        who,
        who ? `/jobs/${draft}/` : expect.stringContaining("/accounts/login/"),
      ]);
    if (who === "alice") {
      const decide = await post(page, { comment: `${text} and approve`, action: "approve" });
      expect([decide.status(), await count(`${text} and approve`)]).toEqual([401, 0]);
    }
    if (who === "moderator") {
      const before = await count();
      expect([(await post(page, { comment: "   " })).status(), await count()]).toEqual([302, before]);
    }
    await page.close();
  }
  const status = await withDb(
    async (c) => (await c.query("SELECT status FROM jobs_job WHERE id = $1", [draft])).rows[0].status,
  );
  expect(status).toBe("draft");
});

// PSF membership and nominations (apps/users, apps/nominations access rules) for a visitor, alice
// (a member, and the self-nominated nominee of the open Board election), bob (no membership, no
// nominations), dana (nominee of last year's closed election) and staff. Pages that accounts
// change (joining, nominating) are driven in membership.spec.ts and nominations.spec.ts.
test("membership and nominations routes: each caller gets python.org's answer", async ({ browser }) => {
  const [open, closed] = await Promise.all([seededBoardElection("open"), seededBoardElection("closed")]);
  const nominationOf = (slug: string, username: string) =>
    withDb(async (c) =>
      String(
        (
          await c.query(
            `SELECT n.id FROM nominations_nomination n JOIN nominations_election e ON e.id = n.election_id
             JOIN nominations_nominee m ON m.id = n.nominee_id JOIN users_user u ON u.id = m.user_id
             WHERE e.slug = $1 AND u.username = $2 ORDER BY n.id LIMIT 1`,
            [slug, username],
          )
        ).rows[0].id,
      ),
    );
  const [alices, danas] = await Promise.all([nominationOf(open, "alice"), nominationOf(closed, "dana.whitfield")]);
  await withDb((c) =>
    c.query("UPDATE users_user SET password = (SELECT password FROM users_user WHERE username = 'bob') WHERE username = 'dana.whitfield'"),
  );
  const S = 307; // sign in first (or, for a member asking to join, to the edit page)
  //                                                         anon  alice bob   dana  staff
  const matrix: [string, number[]][] = [
    ["/users/membership/", [S, S, 200, 200, 200]],
    ["/users/membership/edit/", [S, 200, 404, 404, 404]],
    ["/users/membership/affirm/", [S, 200, 404, 404, 404]],
    ["/users/membership/thanks/", [200, 200, 200, 200, 200]],
    // MembershipDeleteView: own only (403), 404 for a user without one or no such user.
    ["/users/membership/delete/alice/", [S, 200, 403, 403, 403]],
    ["/users/membership/delete/ALICE/", [S, 200, 403, 403, 403]],
    ["/users/membership/delete/bob/", [S, 404, 404, 404, 404]],
    ["/users/membership/delete/no-such-user/", [S, 404, 404, 404, 404]],
    ["/users/membership/affirm/done/", [200, 200, 200, 200, 200]],
    ["/users/nominations/", [S, 200, 200, 200, 200]],
    ["/nominations/elections/", [200, 200, 200, 200, 200]],
    [`/nominations/election/${open}/`, [200, 200, 200, 200, 200]],
    ["/nominations/election/no-such-election/", [404, 404, 404, 404, 404]],
    [`/nominations/elections/${open}/nominees/`, [200, 200, 200, 200, 200]],
    ["/nominations/elections/no-such-election/nominees/", [404, 404, 404, 404, 404]],
    [`/nominations/elections/${open}/nominees/alice-moreau/`, [404, 200, 404, 404, 200]],
    [`/nominations/elections/${closed}/nominees/dana-whitfield/`, [200, 200, 200, 200, 200]],
    [`/nominations/elections/${closed}/nominees/mei-chen/`, [404, 404, 404, 404, 200]],
    [`/nominations/${open}/create/`, [S, 200, 200, 200, 200]],
    [`/nominations/${closed}/create/`, [S, 404, 404, 404, 404]],
    ["/nominations/no-such-election/create/", [S, 404, 404, 404, 404]],
    [`/nominations/${open}/${alices}/`, [404, 200, 404, 404, 200]],
    [`/nominations/${closed}/${alices}/`, [404, 404, 404, 404, 404]],
    [`/nominations/${open}/${alices}/edit/`, [S, 200, 403, 403, 403]],
    [`/nominations/${open}/${alices}/accept/`, [S, 200, 403, 403, 403]],
    [`/nominations/${closed}/${danas}/`, [404, 404, 404, 200, 200]],
    [`/nominations/${closed}/${danas}/edit/`, [S, 403, 403, 403, 403]],
    [`/nominations/${closed}/${danas}/accept/`, [S, 403, 403, 403, 403]],
    ["/admin/membership/", [S, 403, 403, 403, 200]],
    ["/admin/membership/export/", [401, 403, 403, 403, 200]],
    ["/admin/nominations/", [S, 403, 403, 403, 200]],
    ["/admin/flags/", [S, 403, 403, 403, 200]],
  ];
  const people = [null, "alice", "bob", "dana.whitfield", "staff"];
  const pages = await Promise.all(
    people.map(async (who) => {
      const page = await browser.newPage();
      if (who) await signInAs(page, who);
      return page;
    }),
  );
  for (const [path, expected] of matrix) {
    const got: number[] = [];
    for (const page of pages) got.push((await page.request.get(path, { maxRedirects: 0 })).status());
    expect([path, got]).toEqual([path, expected]);
  }
  await Promise.all(pages.map((p) => p.close()));
});

// allauth's account pages (§2.12) added in #19: visitors sign in and come back; an account with a
// password is sent from "set" to "change"; the reauthenticate page keeps `next` on this site; the
// static pages answer everyone.
test("account pages: password set, keyless confirm-email, reauthenticate and the static pages", async ({
  browser,
}) => {
  const anon = await browser.newPage();
  const bob = await browser.newPage();
  await signInAs(bob, "bob");
  const hop = async (page: Page, path: string) => {
    const res = await page.request.get(path, { maxRedirects: 0 });
    return [path, res.status(), res.headers()["location"] ?? null];
  };
  //  path, visitor (status, location), bob (status, location)
  const matrix: [string, [number, string | null], [number, string | null]][] = [
    ["/accounts/password/set/", [307, "/accounts/login/?callbackUrl=%2Faccounts%2Fpassword%2Fset%2F"], [307, "/accounts/password/change/"]],
    ["/accounts/password/change/", [307, "/accounts/login/?callbackUrl=%2Faccounts%2Fpassword%2Fchange%2F"], [200, null]],
    ["/accounts/confirm-email/", [307, "/accounts/login/?callbackUrl=%2Faccounts%2Fconfirm-email%2F"], [200, null]],
    ["/accounts/reauthenticate/?next=%2Fadmin%2F", [307, "/accounts/login/?callbackUrl=%2Fadmin%2F"], [200, null]],
    ["/accounts/reauthenticate/?next=%2F%2Fevil.example%2F", [307, "/accounts/login/?callbackUrl=%2F"], [200, null]],
    // allauth's plain template views (account_inactive, password_reset_done,
    // password_reset_from_key_done): the same page for anyone, signed in or not.
    ["/accounts/inactive/", [200, null], [200, null]],
    ["/accounts/password/reset/done/", [200, null], [200, null]],
    ["/accounts/password/reset/key/done/", [200, null], [200, null]],
  ];
  for (const [path, visitor, signedIn] of matrix) {
    expect(await hop(anon, path)).toEqual([path, ...visitor]);
    expect(await hop(bob, path)).toEqual([path, ...signedIn]);
  }
  await Promise.all([anon.close(), bob.close()]);
});

// The account actions behind those pages (lib/users/accounts/actions.ts, lib/membership/actions.ts),
// replayed as each caller: a visitor, the account the page is for, another user and staff. Each
// test makes its own accounts, so reruns and the other workers see the state they expect.
const MATRIX_PASSWORD = "a long passphrase for the authz matrix";
// The worker's index too: two workers can read the same Date.now().
const matrixStamp = () =>
  `${process.env.TEST_WORKER_INDEX ?? "0"}w${Date.now() % 100_000_000}${Math.floor(Math.random() * 1000)}`;

async function matrixUser(browser: Browser, prefix: string, sql = "") {
  const username = `${prefix}${matrixStamp()}`;
  await createUser(username, MATRIX_PASSWORD);
  const page = await browser.newPage();
  await signInAs(page, username, MATRIX_PASSWORD);
  // After the sign-in: the state may be one a sign-in refuses (no password, an unconfirmed address).
  if (sql) await withDb((c) => c.query(sql, [username]));
  return { username, page };
}

const one = <T extends Record<string, unknown>>(text: string, params: unknown[]) =>
  withDb(async (c) => (await c.query<T>(text, params)).rows[0]);
const mailsTo = async (address: string) =>
  Number(
    (await one<{ n: string }>("SELECT count(*) AS n FROM mailing_emaillog WHERE $1 = ANY(to_addrs)", [
      address,
    ]))!.n,
  );
const SIGNED_OUT = "Your session has ended. Sign in again.";

test("password set action (allauth PasswordSetView): only an account without a password sets one", async ({
  browser,
}) => {
  const owner = await matrixUser(
    browser,
    "mxset",
    "UPDATE users_user SET password = NULL WHERE username = $1",
  );
  const other = await matrixUser(browser, "mxsetother");
  const staff = await matrixUser(
    browser,
    "mxsetstaff",
    "UPDATE users_user SET is_staff = true WHERE username = $1",
  );
  const anon = await browser.newPage();
  await gotoHydrated(owner.page, "/accounts/password/set/");
  const chosen = `${MATRIX_PASSWORD} chosen`;
  const action = await captureAction(owner.page, async () => {
    await owner.page.getByLabel("New password", { exact: true }).fill(chosen);
    await owner.page.getByLabel("New password again").fill(chosen);
    await owner.page.getByRole("button", { name: "Set password" }).click();
  });
  const hashOf = async (u: string) =>
    (await one<{ password: string | null }>("SELECT password FROM users_user WHERE username = $1", [u]))!
      .password;
  const before = { other: await hashOf(other.username), staff: await hashOf(staff.username) };

  const visitor = await replayAction(anon, action);
  expect([visitor.status, visitor.text.includes(SIGNED_OUT), await hashOf(owner.username)]).toEqual([
    200,
    true,
    null,
  ]);
  for (const [who, page] of [
    ["other", other.page],
    ["staff", staff.page],
  ] as const) {
    const answer = await replayAction(page, action);
    expect([who, answer.text.includes("Your account already has a password: change it instead.")]).toEqual([
      who,
      true,
    ]);
    expect([who, await hashOf(who === "other" ? other.username : staff.username)]).toEqual([
      who,
      before[who],
    ]);
  }
  expect(await hashOf(owner.username)).toBeNull();
  const own = await replayAction(owner.page, action);
  expect([own.status, own.text.includes("Your password is set.")]).toEqual([200, true]);
  expect(await hashOf(owner.username)).toMatch(/^\$argon2id\$/);
  // Once set, the same request is refused: a password is set once, then changed.
  expect((await replayAction(owner.page, action)).text).toContain("already has a password");
  await Promise.all([owner.page, other.page, staff.page, anon].map((p) => p.close()));
});

test("confirm-email resend action (no key): only the signed-in account's own unconfirmed address gets a link", async ({
  browser,
}) => {
  const owner = await matrixUser(
    browser,
    "mxresend",
    "UPDATE users_user SET email_verified = NULL WHERE username = $1",
  );
  const other = await matrixUser(browser, "mxresendother");
  const staff = await matrixUser(
    browser,
    "mxresendstaff",
    "UPDATE users_user SET is_staff = true WHERE username = $1",
  );
  const anon = await browser.newPage();
  await gotoHydrated(owner.page, "/accounts/confirm-email/");
  const action = await captureAction(owner.page, () =>
    owner.page.getByRole("button", { name: "Send the confirmation link again" }).click(),
  );
  const address = (u: string) => `${u}@example.org`;

  const visitor = await replayAction(anon, action);
  expect([visitor.text.includes(SIGNED_OUT), await mailsTo(address(owner.username))]).toEqual([true, 0]);
  for (const who of [other, staff]) {
    // The action names no account: another caller only ever acts on their own (confirmed) address.
    const answer = await replayAction(who.page, action);
    expect([who.username, answer.text.includes("Your email address is already confirmed.")]).toEqual([
      who.username,
      true,
    ]);
    expect([who.username, await mailsTo(address(who.username))]).toEqual([who.username, 0]);
  }
  expect(await mailsTo(address(owner.username))).toBe(0);
  const own = await replayAction(owner.page, action);
  expect(own.text).toContain("We sent a new confirmation link to your address.");
  expect(await mailsTo(address(owner.username))).toBe(1);
  // At most one every few minutes per person.
  expect((await replayAction(owner.page, action)).text).toContain("Wait a few minutes before asking again.");
  expect(await mailsTo(address(owner.username))).toBe(1);
  await Promise.all([owner.page, other.page, staff.page, anon].map((p) => p.close()));
});

test("membership delete action (MembershipDeleteView): own only, 403 for anyone else, 404 without one", async ({
  browser,
}) => {
  const owner = await matrixUser(
    browser,
    "mxleave",
    `INSERT INTO users_membership (creator_id, membership_type, legal_name, preferred_name, email_address,
       city, region, country, postal_code, psf_code_of_conduct, psf_announcements, votes, created, updated)
     SELECT id, 0, 'Max Leaver', 'Max', email, 'Oslo', 'Oslo', 'Norway', '0150', true, false, false, now(), now()
     FROM users_user WHERE username = $1`,
  );
  const other = await matrixUser(browser, "mxleaveother");
  const staff = await browser.newPage();
  await signInAs(staff, "staff");
  const anon = await browser.newPage();
  await gotoHydrated(owner.page, `/users/membership/delete/${owner.username}/`);
  const action = await captureAction(owner.page, () =>
    owner.page.getByRole("button", { name: "Yes, delete my membership" }).click(),
  );
  const memberships = async (u: string) =>
    Number(
      (await one<{ n: string }>(
        "SELECT count(*) AS n FROM users_membership m JOIN users_user u ON u.id = m.creator_id WHERE u.username = $1",
        [u],
      ))!.n,
    );
  const FORBIDDEN = "You may only delete your own membership.";
  const NONE = "There is no such membership.";
  const as = (page: Page, replace: [string, string][] = []) => replayAction(page, action, replace);
  const target = (u: string): [string, string][] => [[owner.username, u]];
  //   caller, the membership named, the message (null: deleted, sent to the profile)
  const rows: [string, () => Promise<ActionAnswer>, string | null][] = [
    ["visitor", () => as(anon), "Sign in to manage your PSF membership."],
    ["another user", () => as(other.page), FORBIDDEN],
    ["staff", () => as(staff), FORBIDDEN],
    ["owner, naming alice's", () => as(owner.page, target("alice")), FORBIDDEN],
    ["owner, naming an account without one", () => as(owner.page, target(other.username)), NONE],
    ["owner, naming nobody", () => as(owner.page, target("no-such-user-anywhere")), NONE],
    ["owner", () => as(owner.page), null],
    ["owner, again", () => as(owner.page), NONE],
  ];
  for (const [who, call, message] of rows) {
    const answer = await call();
    if (message) expect([who, answer.redirect, answer.text.includes(message)]).toEqual([who, null, true]);
    else expect([who, answer.redirect]).toEqual([who, expect.stringContaining(`/users/${owner.username}/`)]);
    expect([who, await memberships(owner.username)]).toEqual([
      who,
      message && who !== "owner, again" ? 1 : 0,
    ]);
  }
  expect(await memberships("alice")).toBe(1);
  await Promise.all([owner.page, other.page, staff, anon].map((p) => p.close()));
});

// MembershipCreate, MembershipUpdate and MembershipVoteAffirm (lib/membership/actions.ts): none
// names an account, so a replay only ever acts on the caller's own membership, or on none.
const MEMBERSHIP_SIGN_IN = "Sign in to manage your PSF membership.";
const NOT_A_MEMBER = "You have no PSF membership.";
const memberSql = (legalName: string, votes = false) =>
  `INSERT INTO users_membership (creator_id, membership_type, legal_name, preferred_name, email_address,
     city, region, country, postal_code, psf_code_of_conduct, psf_announcements, votes, created, updated)
   SELECT id, 0, '${legalName}', 'Max', email, 'Oslo', 'Oslo', 'Norway', '0150', true, false, ${votes}, now(), now()
   FROM users_user WHERE username = $1`;
const membershipOf = (u: string) =>
  withDb(
    async (c) =>
      (
        await c.query<{ legalName: string; city: string; votes: boolean; affirmed: Date | null }>(
          `SELECT m.legal_name AS "legalName", m.city, m.votes, m.last_vote_affirmation AS affirmed
           FROM users_membership m JOIN users_user u ON u.id = m.creator_id WHERE u.username = $1`,
          [u],
        )
      ).rows,
  );

test("membership create action (MembershipCreate): a visitor signs in, a member is refused, the caller joins once", async ({
  browser,
}) => {
  const owner = await matrixUser(browser, "mxjoin");
  const member = await matrixUser(browser, "mxjoinmember", memberSql("Already Member"));
  const anon = await browser.newPage();
  await gotoHydrated(owner.page, "/users/membership/");
  const action = await captureAction(owner.page, async () => {
    const p = owner.page;
    await p.getByLabel("Legal name").fill("Matrix Joiner");
    await p.getByLabel("Preferred name").fill("Joiner");
    await p.getByLabel("City").fill("Lisbon");
    await p.getByLabel("State, province or region").fill("Lisboa");
    await p.getByLabel("Country").fill("Portugal");
    await p.getByLabel("Postal code").fill("1100");
    await p.getByLabel("I agree to the PSF Code of Conduct").selectOption("yes");
    await p.getByRole("button", { name: "Become a PSF Basic member" }).click();
  });
  const visitor = await replayAction(anon, action);
  expect([visitor.text.includes(MEMBERSHIP_SIGN_IN), await membershipOf(owner.username)]).toEqual([true, []]);
  // Another member replaying it: refused, their own membership as it was, none made for the owner.
  const other = await replayAction(member.page, action);
  expect([other.redirect, other.text.includes("You are already a PSF member.")]).toEqual([null, true]);
  expect((await membershipOf(member.username)).map((m) => m.legalName)).toEqual(["Already Member"]);
  expect(await membershipOf(owner.username)).toEqual([]);
  const own = await replayAction(owner.page, action);
  expect(own.redirect).toContain("/users/membership/thanks/");
  expect((await membershipOf(owner.username)).map((m) => [m.legalName, m.city])).toEqual([["Matrix Joiner", "Lisbon"]]);
  // One membership per account: the same request again is refused.
  expect((await replayAction(owner.page, action)).text).toContain("You are already a PSF member.");
  expect((await membershipOf(owner.username)).length).toBe(1);
  await Promise.all([owner.page, member.page, anon].map((p) => p.close()));
});

test("membership update action (MembershipUpdate): only the caller's own membership, none for a non-member", async ({
  browser,
}) => {
  const owner = await matrixUser(browser, "mxupd", memberSql("Max Updater"));
  const other = await matrixUser(browser, "mxupdother");
  const staff = await matrixUser(browser, "mxupdstaff", "UPDATE users_user SET is_staff = true WHERE username = $1");
  const anon = await browser.newPage();
  await gotoHydrated(owner.page, "/users/membership/edit/");
  const action = await captureAction(owner.page, async () => {
    await owner.page.getByLabel("City").fill("Bergen");
    await owner.page.getByRole("button", { name: "Save my membership" }).click();
  });
  const visitor = await replayAction(anon, action);
  expect([visitor.text.includes(MEMBERSHIP_SIGN_IN), (await membershipOf(owner.username))[0]!.city]).toEqual([
    true,
    "Oslo",
  ]);
  for (const who of [other, staff]) {
    const answer = await replayAction(who.page, action);
    expect([who.username, answer.redirect, answer.text.includes(NOT_A_MEMBER)]).toEqual([who.username, null, true]);
    expect([who.username, await membershipOf(who.username)]).toEqual([who.username, []]);
  }
  expect((await membershipOf(owner.username))[0]!.city).toBe("Oslo");
  const own = await replayAction(owner.page, action);
  expect(own.redirect).toContain("/users/membership/thanks/");
  expect((await membershipOf(owner.username)).map((m) => [m.legalName, m.city])).toEqual([["Max Updater", "Bergen"]]);
  await Promise.all([owner.page, other.page, staff.page, anon].map((p) => p.close()));
});

test("vote affirm action (MembershipVoteAffirm): only the caller's own membership is affirmed", async ({ browser }) => {
  const owner = await matrixUser(browser, "mxaffirm", memberSql("Max Affirmer"));
  const other = await matrixUser(browser, "mxaffirmother");
  const staff = await matrixUser(browser, "mxaffirmstaff", "UPDATE users_user SET is_staff = true WHERE username = $1");
  const anon = await browser.newPage();
  await gotoHydrated(owner.page, "/users/membership/affirm/");
  const action = await captureAction(owner.page, () =>
    owner.page.getByRole("button", { name: "I affirm that I want to keep voting" }).click(),
  );
  const state = async () => (await membershipOf(owner.username)).map((m) => [m.votes, m.affirmed !== null]);
  const visitor = await replayAction(anon, action);
  expect([visitor.text.includes(MEMBERSHIP_SIGN_IN), await state()]).toEqual([true, [[false, false]]]);
  for (const who of [other, staff]) {
    const answer = await replayAction(who.page, action);
    expect([who.username, answer.redirect, answer.text.includes(NOT_A_MEMBER)]).toEqual([who.username, null, true]);
    expect([who.username, await membershipOf(who.username)]).toEqual([who.username, []]);
  }
  expect(await state()).toEqual([[false, false]]);
  const own = await replayAction(owner.page, action);
  expect(own.redirect).toContain("/users/membership/affirm/done/");
  expect(await state()).toEqual([[true, true]]);
  await Promise.all([owner.page, other.page, staff.page, anon].map((p) => p.close()));
});

// NominationCreate, NominationEdit and NominationAccept (lib/nominations/actions.ts) on an
// election of the test's own, open now (no previous-service question), then closed.
async function matrixElection() {
  const slug = `matrix-election-${matrixStamp()}`;
  const name = `Matrix ${slug.slice("matrix-election-".length)}`;
  await withDb((c) =>
    c.query(
      `INSERT INTO nominations_election (name, slug, date, nominations_open_at, nominations_close_at, hide_previous_service)
       VALUES ($1, $2, current_date + 30, now() - interval '1 day', now() + interval '7 days', true)`,
      [name, slug],
    ),
  );
  return { slug, name };
}
const closeElection = (slug: string) =>
  withDb((c) =>
    c.query("UPDATE nominations_election SET nominations_close_at = now() - interval '1 minute' WHERE slug = $1", [
      slug,
    ]),
  );
/** A third-party nomination by `nominator` of `nominee` (linked, not yet accepted). */
async function matrixNomination(slug: string, nominator: string, nominee: string) {
  return withDb(async (c) => {
    const nomineeId = (
      await c.query<{ id: number }>(
        `INSERT INTO nominations_nominee (election_id, user_id, accepted, approved, slug)
         SELECT e.id, u.id, false, false, u.username FROM nominations_election e, users_user u
         WHERE e.slug = $1 AND u.username = $2 RETURNING id`,
        [slug, nominee],
      )
    ).rows[0]!.id;
    return (
      await c.query<{ id: number }>(
        `INSERT INTO nominations_nomination (election_id, name, email, employer, nominator_id, nominee_id, updated)
         SELECT e.id, 'Matrix Nominee', 'nominee@example.org', 'Before', u.id, $3, now()
         FROM nominations_election e, users_user u WHERE e.slug = $1 AND u.username = $2 RETURNING id`,
        [slug, nominator, nomineeId],
      )
    ).rows[0]!.id;
  });
}
const nominationRow = (id: number) =>
  one<{ employer: string; accepted: boolean; nomineeAccepted: boolean | null }>(
    `SELECT n.employer, n.accepted, m.accepted AS "nomineeAccepted"
     FROM nominations_nomination n LEFT JOIN nominations_nominee m ON m.id = n.nominee_id WHERE n.id = $1`,
    [id],
  );

test("nomination create action (NominationCreate): signed in, open elections only, the nominator is the caller", async ({
  browser,
}) => {
  const { slug, name } = await matrixElection();
  const nominator = await matrixUser(browser, "mxnom");
  const other = await matrixUser(browser, "mxnomother");
  const anon = await browser.newPage();
  await gotoHydrated(nominator.page, `/nominations/${slug}/create/`);
  const action = await captureAction(nominator.page, async () => {
    await nominator.page.getByLabel("Name", { exact: true }).fill("Matrix Nominee");
    await nominator.page.getByLabel("Email", { exact: true }).fill("nominee@example.org");
    await nominator.page.getByRole("button", { name: "Submit nomination" }).click();
  });
  const nominators = async () =>
    (
      await withDb((c) =>
        c.query<{ username: string }>(
          `SELECT u.username FROM nominations_nomination n JOIN nominations_election e ON e.id = n.election_id
           JOIN users_user u ON u.id = n.nominator_id WHERE e.slug = $1 ORDER BY n.id`,
          [slug],
        ),
      )
    ).rows.map((r) => r.username);
  const visitor = await replayAction(anon, action);
  expect([visitor.text.includes("Please login to make a nomination."), await nominators()]).toEqual([true, []]);
  const unknown = await replayAction(nominator.page, action, [[slug, "no-such-election-anywhere"]]);
  expect([unknown.redirect, unknown.text.includes("There is no such election."), await nominators()]).toEqual([
    null,
    true,
    [],
  ]);
  const own = await replayAction(nominator.page, action);
  expect(own.redirect).toMatch(new RegExp(`^/nominations/${slug}/\\d+/;push$`));
  expect(await nominators()).toEqual([nominator.username]);
  // Anyone signed in may nominate; the nominator stored is who sent it, never the form's author.
  const others = await replayAction(other.page, action);
  expect(others.redirect).toMatch(new RegExp(`^/nominations/${slug}/\\d+/;push$`));
  expect(await nominators()).toEqual([nominator.username, other.username]);
  await closeElection(slug);
  const closed = await replayAction(nominator.page, action);
  expect([closed.redirect, closed.text.includes(`Nominations for ${name} Election are closed`)]).toEqual([null, true]);
  expect(await nominators()).toEqual([nominator.username, other.username]);
  await Promise.all([nominator.page, other.page, anon].map((p) => p.close()));
});

test("nomination edit action (NominationEdit): the nominee, or the nominator until accepted, while open; 403 otherwise", async ({
  browser,
}) => {
  const { slug } = await matrixElection();
  const nominator = await matrixUser(browser, "mxedit");
  const nominee = await matrixUser(browser, "mxeditnominee");
  const other = await matrixUser(browser, "mxeditother");
  const staff = await matrixUser(browser, "mxeditstaff", "UPDATE users_user SET is_staff = true WHERE username = $1");
  const anon = await browser.newPage();
  const id = await matrixNomination(slug, nominator.username, nominee.username);
  await gotoHydrated(nominator.page, `/nominations/${slug}/${id}/edit/`);
  const action = await captureAction(nominator.page, async () => {
    await nominator.page.getByLabel("Employer").fill("Edited");
    await nominator.page.getByRole("button", { name: "Save nomination" }).click();
  });
  const FORBIDDEN = "You may not edit this nomination.";
  const as = (page: Page, employer = "Edited", replace: [string, string][] = []) =>
    replayAction(page, action, [["Edited", employer], ...replace]);
  const seeded = await seededBoardElection("open");
  //   caller, the call, its message (null: saved, sent to the nomination), the employer after
  const rows: [string, () => Promise<ActionAnswer>, string | null, string][] = [
    ["visitor", () => as(anon), SIGNED_OUT, "Before"],
    ["another user", () => as(other.page), FORBIDDEN, "Before"],
    ["staff", () => as(staff.page), FORBIDDEN, "Before"],
    [
      "nominator, under another election",
      () => as(nominator.page, "Edited", [[slug, seeded]]),
      "There is no such nomination.",
      "Before",
    ],
    ["nominator", () => as(nominator.page, "By the nominator"), null, "By the nominator"],
    ["nominee", () => as(nominee.page, "By the nominee"), null, "By the nominee"],
  ];
  const run = async (table: typeof rows) => {
    for (const [who, call, message, employer] of table) {
      const answer = await call();
      if (message) expect([who, answer.redirect, answer.text.includes(message)]).toEqual([who, null, true]);
      else expect([who, answer.redirect]).toEqual([who, `/nominations/${slug}/${id}/;push`]);
      expect([who, (await nominationRow(id))!.employer]).toEqual([who, employer]);
    }
  };
  await run(rows);
  // Accepted: the nominator may no longer edit it; the nominee still may.
  await withDb((c) => c.query("UPDATE nominations_nomination SET accepted = true WHERE id = $1", [id]));
  await run([
    ["nominator, once accepted", () => as(nominator.page, "Late nominator"), FORBIDDEN, "By the nominee"],
    ["nominee, once accepted", () => as(nominee.page, "Accepted nominee"), null, "Accepted nominee"],
  ]);
  await closeElection(slug);
  await run([
    ["nominee, once closed", () => as(nominee.page, "Closed nominee"), FORBIDDEN, "Accepted nominee"],
    ["nominator, once closed", () => as(nominator.page, "Closed nominator"), FORBIDDEN, "Accepted nominee"],
  ]);
  await Promise.all([nominator.page, nominee.page, other.page, staff.page, anon].map((p) => p.close()));
});

test("nomination accept action (NominationAccept): only the nominee, only while open", async ({ browser }) => {
  const { slug } = await matrixElection();
  const nominator = await matrixUser(browser, "mxacc");
  const nominee = await matrixUser(browser, "mxaccnominee");
  const other = await matrixUser(browser, "mxaccother");
  const staff = await matrixUser(browser, "mxaccstaff", "UPDATE users_user SET is_staff = true WHERE username = $1");
  const anon = await browser.newPage();
  const id = await matrixNomination(slug, nominator.username, nominee.username);
  await gotoHydrated(nominee.page, `/nominations/${slug}/${id}/accept/`);
  const action = await captureAction(nominee.page, async () => {
    await nominee.page.getByLabel("I accept this nomination").check();
    await nominee.page.getByRole("button", { name: "Save", exact: true }).click();
  });
  const NOT_NOMINEE = "Only the nominee may accept, and only while nominations are open.";
  const state = async () => {
    const r = (await nominationRow(id))!;
    return [r.accepted, r.nomineeAccepted];
  };
  const visitor = await replayAction(anon, action);
  expect([visitor.text.includes(SIGNED_OUT), await state()]).toEqual([true, [false, false]]);
  for (const [who, page] of [
    ["nominator", nominator.page],
    ["another user", other.page],
    ["staff", staff.page],
  ] as const) {
    const answer = await replayAction(page, action);
    expect([who, answer.redirect, answer.text.includes(NOT_NOMINEE), await state()]).toEqual([
      who,
      null,
      true,
      [false, false],
    ]);
  }
  const own = await replayAction(nominee.page, action);
  expect([own.redirect, await state()]).toEqual([`/nominations/${slug}/${id}/;push`, [true, true]]);
  // Closed: the nominee's answer no longer changes anything.
  await withDb((c) => c.query("UPDATE nominations_nomination SET accepted = false WHERE id = $1", [id]));
  await closeElection(slug);
  const late = await replayAction(nominee.page, action);
  expect([late.redirect, late.text.includes(NOT_NOMINEE), (await nominationRow(id))!.accepted]).toEqual([
    null,
    true,
    false,
  ]);
  await Promise.all([nominator.page, nominee.page, other.page, staff.page, anon].map((p) => p.close()));
});

// The Python user groups admin (lib/users/user-groups/admin/actions.ts, adminGate): add, edit and
// delete replayed by a visitor, a normal user, the job-board admin and a content editor (both in
// the admin, neither with the user-groups permission), then by staff.
test("user-groups admin actions: only staff add, edit and delete; everyone else is refused and audited", async ({
  browser,
}) => {
  const staff = await browser.newPage();
  await signInAs(staff, "staff");
  const refused = await Promise.all(
    [null, "bob", "moderator", "editor"].map(async (who) => {
      const page = await browser.newPage();
      if (who) await signInAs(page, who);
      return page;
    }),
  );
  const since = new Date(Date.now() - 1000);
  const name = `Matrix PUG ${matrixStamp()}`;
  const group = () =>
    one<{ id: number; location: string }>("SELECT id, location FROM users_usergroup WHERE name = $1", [name]);
  const denials = async (screen: string) =>
    Number(
      (await one<{ n: string }>(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'authz.denied' AND detail->>'screen' = $1 AND at >= $2",
        [screen, since],
      ))!.n,
    );
  const DENIED = "You may not edit Python user groups.";

  await gotoHydrated(staff, "/admin/user-groups/new/");
  const create = await captureAction(staff, async () => {
    await staff.getByLabel("Name", { exact: true }).fill(name);
    await staff.getByLabel("Location").fill("Matrixville");
    await staff.getByLabel("URL", { exact: true }).fill("https://example.org/matrix-pug");
    await staff.getByRole("button", { name: "Add", exact: true }).click();
  });
  for (const page of refused) expect((await replayAction(page, create)).text).toContain(DENIED);
  expect(await group()).toBeUndefined();
  expect((await replayAction(staff, create)).text).toContain("User group added.");
  const { id } = (await group())!;

  await gotoHydrated(staff, `/admin/user-groups/${id}/`);
  const update = await captureAction(staff, async () => {
    await staff.getByLabel("Location").fill("Edited by someone");
    await staff.getByRole("button", { name: "Save", exact: true }).click();
  });
  for (const page of refused) expect((await replayAction(page, update)).text).toContain(DENIED);
  expect((await group())!.location).toBe("Matrixville");
  expect((await replayAction(staff, update)).text).toContain("Saved.");
  expect((await group())!.location).toBe("Edited by someone");

  await gotoHydrated(staff, `/admin/user-groups/?q=${encodeURIComponent(name)}`);
  const remove = await captureAction(staff, async () => {
    await staff
      .getByRole("table", { name: "Python user groups" })
      .getByRole("button", { name: "Delete" })
      .click();
    await staff.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  });
  for (const page of refused) expect((await replayAction(page, remove)).status).toBeLessThan(500);
  expect((await group())?.id).toBe(id);
  await replayAction(staff, remove);
  expect(await group()).toBeUndefined();
  // Each refusal is a failed authorization in the audit log (AC-LOG-1): 4 callers × add and edit, 4 deletes.
  expect([await denials("admin.user-groups"), await denials("admin.user-groups.delete")]).toEqual([8, 4]);
  await Promise.all([staff, ...refused].map((p) => p.close()));
});

// The reauthenticate page's action is a fresh sign-in of the same account (next-auth's credentials
// callback, components/users/reauthenticate-form.tsx). It issues a new session token; the token it
// replaces is denied at once (lib/users/session/services.ts), so a copy of the old cookie signs
// nobody in, while another session of the same person (another browser) stays signed in and keeps
// its own, older sign-in time: it is not reauthenticated by this one.
test("reauthenticate action: a wrong password changes nothing; the right one replaces the session, the old token is dead", async ({
  browser,
  baseURL,
}) => {
  const { encode } = await import("next-auth/jwt");
  const { randomUUID } = await import("node:crypto");
  const staff = (await one<{ id: number; v: number }>(
    "SELECT id, session_version AS v FROM users_user WHERE username = 'staff'",
    [],
  ))!;
  // Two sessions signed in 13 hours ago: this browser's, and another device's.
  const stale = () =>
    encode({
      token: {
        uid: staff.id,
        ver: staff.v,
        name: "staff",
        authAt: Math.floor(Date.now() / 1000) - 13 * 3600,
        sid: randomUUID(),
      },
      secret: process.env.AUTH_SECRET!,
    });
  const withToken = async (token: string) => {
    const context = await browser.newContext();
    await context.addCookies([{ name: "next-auth.session-token", value: token, url: baseURL! }]);
    return context;
  };
  const mine = await stale();
  const [browserCtx, copyCtx, otherDeviceCtx, anonCtx] = await Promise.all([
    withToken(mine),
    withToken(mine),
    withToken(await stale()),
    browser.newContext(),
  ]);
  const [page, copy, otherDevice, anon] = await Promise.all([
    browserCtx.newPage(),
    copyCtx.newPage(),
    otherDeviceCtx.newPage(),
    anonCtx.newPage(),
  ]);
  const status = async (p: Page, path: string) => {
    const res = await p.request.get(path, { maxRedirects: 0 });
    return [res.status(), res.headers()["location"] ?? null];
  };
  const REAUTH = [307, "/accounts/reauthenticate/?next=%2Fadmin%2F"];
  expect(await status(page, "/admin/")).toEqual(REAUTH);
  expect(await status(anon, "/accounts/reauthenticate/?next=%2Fadmin%2F")).toEqual([
    307,
    "/accounts/login/?callbackUrl=%2Fadmin%2F",
  ]);

  await gotoHydrated(page, "/accounts/reauthenticate/?next=%2Fadmin%2F");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That is not your password.");
  // A failed confirmation leaves the session as it was: signed in, still asked to confirm.
  for (const p of [page, copy]) expect(await status(p, "/admin/")).toEqual(REAUTH);

  await page.getByLabel("Password").fill(process.env.SEED_PASSWORD!);
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/$/, { timeout: 15_000 });
  expect(await status(page, "/admin/")).toEqual([200, null]);
  const fresh = (await browserCtx.cookies()).find((c) => c.name === "next-auth.session-token")!.value;
  expect(fresh).not.toBe(mine);
  // The copy of the token from before: signed out everywhere it is used.
  expect((await copy.request.get("/api/me")).status()).toBe(401);
  expect(await status(copy, "/admin/")).toEqual([307, expect.stringMatching(/^\/accounts\/login\//)]);
  // The other device: still signed in, still not reauthenticated.
  expect((await otherDevice.request.get("/api/me")).status()).toBe(200);
  expect(await status(otherDevice, "/admin/")).toEqual(REAUTH);
  await Promise.all([browserCtx, copyCtx, otherDeviceCtx, anonCtx].map((c) => c.close()));
});

// The sponsor's own pages (§2.11, UpdateSponsorInfoView and the assets views): bob is a contact of
// the seeded sponsors, alice of none, staff neither (only superusers see any), admin a superuser.
test("sponsor dashboard routes: contacts and superusers only, everyone else the same 404", async ({ browser }) => {
  const { sponsorship, sponsor } = await withDb(
    async (c) =>
      (
        await c.query<{ sponsorship: number; sponsor: number }>(
          `SELECT s.id AS sponsorship, p.id AS sponsor FROM sponsors_sponsorship s
           JOIN sponsors_sponsor p ON p.id = s.sponsor_id
           WHERE p.name = 'Example Cloud Ltd' AND s.status = 'finalized' ORDER BY s.id DESC LIMIT 1`,
        )
      ).rows[0]!,
  );
  const S = 307;
  //                                                                       anon  bob   alice staff admin
  const matrix: [string, number[]][] = [
    ["/users/sponsorships/", [S, 200, 200, 200, 200]],
    [`/users/sponsorships/${sponsorship}/`, [S, 200, 404, 404, 200]],
    [`/users/sponsorships/${sponsorship}/assets/`, [S, 200, 404, 404, 200]],
    [`/users/sponsorships/${sponsorship}/assets/?required_asset=no_such_asset`, [S, 404, 404, 404, 404]],
    [`/users/sponsorships/${sponsorship}/provided-assets/`, [S, 200, 404, 404, 200]],
    [`/users/sponsorships/sponsor/${sponsor}/`, [S, 200, 404, 404, 200]],
    ["/users/sponsorships/sponsor/999999999/", [S, 404, 404, 404, 404]],
    ["/users/sponsorships/sponsor/edit/", [S, 200, 200, 200, 200]],
  ];
  const pages = await Promise.all(
    [null, "bob", "alice", "staff", "admin"].map(async (who) => {
      const page = await browser.newPage();
      if (who) await signInAs(page, who);
      return page;
    }),
  );
  for (const [path, expected] of matrix) {
    const got: number[] = [];
    for (const page of pages) got.push((await page.request.get(path, { maxRedirects: 0 })).status());
    expect([path, got]).toEqual([path, expected]);
  }
  await Promise.all(pages.map((p) => p.close()));
});

// Sponsorship contracts (issue #18): the preview route answers staff only (the contract
// actions gate the same way, adminGate over the sponsorships section).
test("sponsorship contract preview and asset export: visitors 401, other users 403, staff the PDF and DOCX", async ({
  browser,
}) => {
  const id = await withDb(async (c) =>
    String(
      (
        await c.query(
          "SELECT sponsorship_id FROM sponsors_contract WHERE status = 'draft' ORDER BY id LIMIT 1",
        )
      ).rows[0].sponsorship_id,
    ),
  );
  const people = [null, "alice", "bob", "moderator", "staff"];
  const matrix: [string, number[]][] = [
    [`/admin/sponsors/${id}/contract/`, [401, 403, 403, 403, 200]],
    [`/admin/sponsors/${id}/contract/?format=docx`, [401, 403, 403, 403, 200]],
    ["/admin/sponsors/999999/contract/", [401, 403, 403, 403, 404]],
    ["/admin/sponsors/contract-template/", [307, 403, 403, 403, 200]],
    ["/admin/sponsors/assets/export/?ids=999999999", [401, 403, 403, 403, 400]],
    // The mail log's attachment download (the sent PDF itself: sponsor-contracts.spec.ts).
    ["/admin/mail/999999/attachments/0/", [401, 403, 403, 403, 404]],
  ];
  const pages = await Promise.all(
    people.map(async (who) => {
      const page = await browser.newPage();
      if (who) await signInAs(page, who);
      return page;
    }),
  );
  for (const [path, expected] of matrix) {
    const got: number[] = [];
    for (const page of pages) got.push((await page.request.get(path, { maxRedirects: 0 })).status());
    expect([path, got]).toEqual([path, expected]);
  }
  const staff = pages.at(-1)!;
  const pdf = await staff.request.get(`/admin/sponsors/${id}/contract/`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const docx = await staff.request.get(`/admin/sponsors/${id}/contract/?format=docx`);
  expect(docx.headers()["content-disposition"]).toMatch(
    /^attachment; filename="sponsorship-(contract|renewal)-[A-Za-z0-9_-]+\.docx"$/,
  );
  await Promise.all(pages.map((p) => p.close()));
});
