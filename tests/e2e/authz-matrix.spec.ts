import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { createApiKeyFor, createUser, withDb } from "./support/db";
import { appDir, pageRoutes } from "./support/routes";

test.setTimeout(90_000);

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
      "sponsors/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM sponsors_sponsorship ORDER BY id LIMIT 1")).rows[0].id),
      ),
      "success-stories/[id]": await withDb(async (c) =>
        String((await c.query("SELECT id FROM successstories_story ORDER BY id LIMIT 1")).rows[0].id),
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
  const staffOnly = (p: string) => p !== "/admin/";
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
