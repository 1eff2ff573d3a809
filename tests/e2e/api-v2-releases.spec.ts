import { expect, test } from "@playwright/test";
import { fieldsOf } from "./support/api-reference";
import { createApiKeyFor, withDb } from "./support/db";

// /api/v2/downloads/release/ as python.org's DRF API serves it (reference §3.2, §3.3).
const BASE = "/api/v2/downloads/release/";
const ip = (n: number) => ({ "x-forwarded-for": `198.51.100.${100 + n}` });
type Release = Record<string, unknown> & { name: string; resource_uri: string; is_published: boolean };

test("anonymous list: ReleaseSerializer fields in order, published only, sorted by name", async ({
  request,
}) => {
  const res = await request.get(BASE, { headers: ip(1) });
  expect(res.status()).toBe(200);
  const list = (await res.json()) as Release[];
  expect(list.length).toBeGreaterThan(5);
  expect(Object.keys(list[0]!)).toEqual(fieldsOf("v2", "downloads/release"));
  expect(list.every((r) => r.is_published)).toBe(true);
  expect(list.map((r) => r.name)).toEqual([...list.map((r) => r.name)].sort());
  expect(String(list[0]!.release_date)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?Z$/);
  expect(list[0]!.resource_uri).toMatch(/^https?:\/\/[^/]+\/api\/v2\/downloads\/release\/\d+\/$/);
});

test("filters: version, is_published, version_xy; bad choices are 400", async ({ request }) => {
  const v2 = (await (
    await request.get(`${BASE}?version=2&is_published=true`, { headers: ip(2) })
  ).json()) as Release[];
  expect(v2.length).toBeGreaterThan(0);
  expect(v2.every((r) => r.version === 2)).toBe(true);
  const series = (await (
    await request.get(`${BASE}?version_xy=3.13`, { headers: ip(2) })
  ).json()) as Release[];
  expect(series.length).toBeGreaterThan(0);
  expect(series.every((r) => /^Python 3\.13(\.|a|b|rc|$)/.test(r.name))).toBe(true);
  const bad = await request.get(`${BASE}?version=7`, { headers: ip(2) });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ version: ["Select a valid choice."] });
  // Unknown parameters are ignored, as in DRF's filterset_fields.
  expect((await request.get(`${BASE}?colour=blue`, { headers: ip(2) })).status()).toBe(200);
});

test("a release created by a staff token is on /downloads/, in the feed and in search on the next request", async ({
  request,
}) => {
  const token = await createApiKeyFor("staff", "v2_token");
  const staff = { ...ip(3), authorization: `Token ${token}` };
  // 3.5.x sorts into the middle of /downloads/, so tests reading the top or the end of the
  // list in parallel are not disturbed.
  const name = `Python 3.5.${900 + Math.floor(Math.random() * 99)}`;
  const created = await request.post(BASE, {
    headers: staff,
    data: {
      name,
      version: 3,
      is_published: true,
      release_date: new Date().toISOString(),
      show_on_download_page: true,
    },
  });
  expect(created.status()).toBe(201);
  const release = (await created.json()) as Release & { slug: string };
  expect(release.slug).toBe(name.toLowerCase().replace(/\./g, "").replace(/ /g, "-"));
  expect(created.headers()["location"]).toBe(release.resource_uri);

  expect(await (await request.get("/downloads/")).text()).toContain(name);
  expect(await (await request.get("/downloads/feed.rss")).text()).toContain(name);
  expect((await request.get(`/downloads/release/${release.slug}/`)).status()).toBe(200);
  const found = (await (
    await request.get(`/api/search/?q=${encodeURIComponent(name)}&type=release`)
  ).json()) as {
    results: { title: string }[];
  };
  expect(found.results.map((r) => r.title)).toContain(name);

  // Unpublishing hides it from anonymous callers (404) but not from staff.
  const path = new URL(release.resource_uri).pathname;
  expect((await request.patch(path, { headers: staff, data: { is_published: false } })).status()).toBe(200);
  expect((await request.get(path, { headers: ip(4) })).status()).toBe(404);
  expect((await request.get(path, { headers: staff })).status()).toBe(200);
  expect(await (await request.get("/downloads/")).text()).not.toContain(name);

  expect((await request.delete(path, { headers: staff })).status()).toBe(204);
  expect((await request.get(path, { headers: staff })).status()).toBe(404);
});

test("marking a release latest demotes the previous latest of the same major version", async ({
  request,
}) => {
  const token = await createApiKeyFor("staff", "v2_token");
  const staff = { ...ip(5), authorization: `Token ${token}` };
  // Unpublished Python 1.x releases: invisible to every page and to other tests.
  const make = async (patch: number) => {
    const res = await request.post(BASE, {
      headers: staff,
      data: {
        name: `Python 1.6.${patch}`,
        version: 1,
        is_published: false,
        is_latest: true,
        show_on_download_page: false,
      },
    });
    expect(res.status()).toBe(201);
    return new URL(((await res.json()) as Release).resource_uri).pathname;
  };
  const stamp = Date.now() % 100_000;
  const first = await make(stamp);
  const second = await make(stamp + 1);
  expect((await (await request.get(first, { headers: staff })).json()) as Release).toMatchObject({
    is_latest: false,
  });
  expect((await (await request.get(second, { headers: staff })).json()) as Release).toMatchObject({
    is_latest: true,
  });
  await request.delete(first, { headers: staff });
  await request.delete(second, { headers: staff });
});

test("writes need a staff token: anonymous 401, non-staff 403, bad body 400 with DRF field errors", async ({
  request,
}) => {
  expect((await request.post(BASE, { headers: ip(6), data: { name: "x" } })).status()).toBe(401);
  const user = await createApiKeyFor("alice", "v2_token");
  expect(
    (
      await request.post(BASE, { headers: { ...ip(6), authorization: `Token ${user}` }, data: { name: "x" } })
    ).status(),
  ).toBe(403);
  const staff = await createApiKeyFor("staff", "v2_token");
  const bad = await request.post(BASE, {
    headers: { ...ip(6), authorization: `Token ${staff}` },
    data: { version: 5, release_date: "yesterday", release_notes_url: "not a url" },
  });
  expect(bad.status()).toBe(400);
  const errors = (await bad.json()) as Record<string, string[]>;
  expect(errors.name).toEqual(["This field is required."]);
  expect(errors.version).toEqual(["Select a valid choice."]);
  expect(errors.release_date).toEqual(["Datetime has wrong format."]);
  expect(errors.release_notes_url).toEqual(["Enter a valid URL."]);
});

test("API writes and refusals are audited with who, what and from where (AC-LOG-1)", async ({ request }) => {
  const staff = await createApiKeyFor("staff", "v2_token");
  const user = await createApiKeyFor("alice", "v2_token");
  const from = "198.51.100.117";
  const since = new Date();
  const name = `Python 3.4.${900 + Math.floor(Math.random() * 99)}`;
  const created = await request.post(BASE, {
    headers: { "x-forwarded-for": from, authorization: `Token ${staff}`, "user-agent": "release-tools/1.0" },
    data: { name, version: 3, is_published: false },
  });
  expect(created.status()).toBe(201);
  const path = new URL((await created.json()).resource_uri).pathname;
  expect(
    (
      await request.post(BASE, {
        headers: { "x-forwarded-for": from, authorization: `Token ${user}` },
        data: {},
      })
    ).status(),
  ).toBe(403);
  expect(
    (
      await request.delete(path, { headers: { "x-forwarded-for": from, authorization: `Token ${staff}` } })
    ).status(),
  ).toBe(204);
  const rows = await withDb(
    async (c) =>
      (
        await c.query<{
          action: string;
          username: string;
          user_agent: string | null;
          detail: Record<string, unknown>;
        }>(
          `SELECT a.action, u.username, a.user_agent, a.detail FROM audit_log a JOIN users_user u ON u.id = a.actor_id
           WHERE a.ip = $1 AND a.at >= $2 ORDER BY a.id`,
          [from, since],
        )
      ).rows,
  );
  expect(rows.map((r) => [r.action, r.username, r.detail.method])).toEqual([
    ["api.write", "staff", "POST"],
    ["authz.denied", "alice", "POST"],
    ["api.write", "staff", "DELETE"],
  ]);
  expect(rows[0]!.user_agent).toBe("release-tools/1.0");
  expect(rows[2]!.detail.path).toBe(path);
  expect(JSON.stringify(rows)).not.toContain(staff);
});

// The anonymous list is cached under the releases tag (app/api/v2/downloads/release/route.ts);
// every release write expires it at once, and callers with credentials never get that copy.
test("the anonymous list shows a write at once, and credentials are never served the cached copy", async ({
  request,
}) => {
  const anonymous = async () => {
    const res = await request.get(BASE, { headers: ip(6) });
    expect(res.status()).toBe(200);
    return res.text();
  };
  const staff = { ...ip(7), authorization: `Token ${await createApiKeyFor("staff", "v2_token")}` };
  // alice has a token but is not staff: she sees what guests see, from the database.
  const alice = { ...ip(8), authorization: `Token ${await createApiKeyFor("alice", "v2_token")}` };
  const names = (text: string) => (JSON.parse(text) as Release[]).map((r) => r.name);
  const name = `Python 3.5.${700 + Math.floor(Math.random() * 99)}`;

  const asAlice = async () => (await request.get(BASE, { headers: alice })).text();
  // Byte for byte what the uncached path serializes for a caller who sees the same releases (polled:
  // tests beside this one write releases too).
  await anonymous();
  await expect.poll(async () => (await anonymous()) === (await asAlice())).toBe(true);

  const created = await request.post(BASE, {
    headers: staff,
    data: { name, version: 3, is_published: false, release_date: new Date().toISOString() },
  });
  expect(created.status()).toBe(201);
  const path = new URL(((await created.json()) as Release).resource_uri).pathname;
  try {
    // A draft: staff see it in their list, the cached anonymous list never shows it.
    expect(names(await (await request.get(BASE, { headers: staff })).text())).toContain(name);
    expect(names(await anonymous())).not.toContain(name);
    expect(names(await asAlice())).not.toContain(name);

    expect((await request.patch(path, { headers: staff, data: { is_published: true } })).status()).toBe(200);
    expect(names(await anonymous())).toContain(name);
    await expect.poll(async () => (await anonymous()) === (await asAlice())).toBe(true);

    expect((await request.patch(path, { headers: staff, data: { is_published: false } })).status()).toBe(200);
    expect(names(await anonymous())).not.toContain(name);
  } finally {
    expect((await request.delete(path, { headers: staff })).status()).toBe(204);
  }
  expect(names(await anonymous())).not.toContain(name);
});
