import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { createApiKeyFor, createUser, withDb } from "./support/db";
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
  const year = new Date().getFullYear();
  const open = `${year}-psf-board-election`;
  const closed = `${year - 1}-psf-board-election`;
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
// password is sent from "set" to "change"; the reauthenticate page keeps `next` on this site.
test("account pages: password set, keyless confirm-email and reauthenticate", async ({ browser }) => {
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
  ];
  for (const [path, visitor, signedIn] of matrix) {
    expect(await hop(anon, path)).toEqual([path, ...visitor]);
    expect(await hop(bob, path)).toEqual([path, ...signedIn]);
  }
  await Promise.all([anon.close(), bob.close()]);
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
