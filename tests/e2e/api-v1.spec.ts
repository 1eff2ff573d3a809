import { expect, test } from "@playwright/test";
import { fieldsOf } from "./support/api-reference";
import { expireCacheTags } from "./support/cache";
import { createApiKeyFor, withDb } from "./support/db";

// /api/v1/downloads/ as Tastypie served it (reference §3.1, §3.3).
const ip = (n: number) => ({ "x-forwarded-for": `203.0.113.${120 + n}` });
type Envelope<T> = {
  meta: { limit: number; next: string | null; offset: number; previous: string | null; total_count: number };
  objects: T[];
};

test("list envelope with limit/offset, sorted keys, relative URIs and naive UTC dates", async ({
  request,
}) => {
  const res = await request.get("/api/v1/downloads/release/?limit=3&offset=3", { headers: ip(1) });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as Envelope<Record<string, unknown>>;
  expect(Object.keys(body)).toEqual(["meta", "objects"]);
  expect(body.meta).toMatchObject({ limit: 3, offset: 3 });
  expect(body.meta.next).toBe("/api/v1/downloads/release/?limit=3&offset=6");
  expect(body.meta.previous).toBe("/api/v1/downloads/release/?limit=3&offset=0");
  expect(body.objects).toHaveLength(3);
  const keys = Object.keys(body.objects[0]!);
  expect(keys).toEqual([...keys].sort());
  expect(keys).toEqual(fieldsOf("v1", "downloads/release"));
  expect(String(body.objects[0]!.release_date)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$/);
  expect(String(body.objects[0]!.resource_uri)).toMatch(/^\/api\/v1\/downloads\/release\/\d+\/$/);
});

test("release files: relation filters and URIs", async ({ request }) => {
  const body = (await (
    await request.get("/api/v1/downloads/release_file/?os__slug=windows&release__slug=python-3140", {
      headers: ip(2),
    })
  ).json()) as Envelope<{ os: string; release: string }>;
  expect(body.meta.total_count).toBeGreaterThan(0);
  const osUri = body.objects[0]!.os;
  expect(osUri).toMatch(/^\/api\/v1\/downloads\/os\/\d+\/$/);
  expect(new Set(body.objects.map((o) => o.os)).size).toBe(1);
  const os = (await (await request.get(osUri, { headers: ip(2) })).json()) as { slug: string };
  expect(os.slug).toBe("windows");
});

test("tastypie paging: no previous link until a whole page fits before this one", async ({ request }) => {
  const body = (await (
    await request.get("/api/v1/downloads/release/?limit=3&offset=2", { headers: ip(3) })
  ).json()) as Envelope<unknown>;
  expect(body.meta).toMatchObject({ limit: 3, offset: 2, previous: null });
});

test("v1 filters follow the resources' Meta.filtering: refusals in Tastypie's words, relations followed", async ({
  request,
}) => {
  const get = (q: string) => request.get(`/api/v1/downloads/${q}`, { headers: ip(4) });
  // apps/downloads/tests/test_views.py test_filter_release_file, for v1.
  const exact = await get("release_file/?description=windows");
  expect(exact.status()).toBe(400);
  expect(await exact.json()).toEqual({
    error: "'exact' is not an allowed filter on the 'description' field.",
  });
  const contains = await get("release_file/?description__contains=Recommended");
  expect(contains.status()).toBe(200);
  for (const [query, error] of [
    ["release/?is_latest=true", "The 'is_latest' field does not allow filtering."],
    ["release/?name__icontains=python", "'icontains' is not an allowed filter on the 'name' field."],
    ["release_file/?name__foo=1", "The 'name' field does not support relations."],
    ["os/?resource_uri=/api/v1/downloads/os/1/", "The 'resource_uri' field does not allow filtering."],
  ] as const) {
    const res = await get(query);
    expect([query, res.status(), await res.json()]).toEqual([query, 400, { error }]);
  }
  // Parameters that name no field are not filters.
  expect((await get("release/?format=json&limit=1")).status()).toBe(200);

  // Filters across the os and release relations (ALL_WITH_RELATIONS) do filter.
  const files = (await (
    await get("release_file/?release__name=Python%203.14.0&os__name=Windows&limit=0")
  ).json()) as Envelope<{ release: string; os: string; name: string }>;
  expect(files.meta.total_count).toBeGreaterThan(0);
  expect(new Set(files.objects.map((f) => f.release)).size).toBe(1);
  expect(files.objects.every((f) => f.name.startsWith("Windows"))).toBe(true);
  const release = (await (await request.get(files.objects[0]!.release, { headers: ip(4) })).json()) as {
    name: string;
  };
  expect(release.name).toBe("Python 3.14.0");
});

test("ApiKey auth: a draft release is 401 for guests and visible to staff; bad keys and query credentials are 401", async ({
  request,
}) => {
  const id = await withDb(async (c) => {
    const r = await c.query<{ id: number }>(
      `INSERT INTO downloads_release (name, slug, version, is_published, release_date, created, updated)
       VALUES ($1, $2, 3, false, now(), now(), now()) RETURNING id`,
      [`Python 9.7.${Date.now() % 1000}`, `python-97-draft-${Date.now()}`],
    );
    return r.rows[0]!.id;
  });
  // Written behind the app's back: the anonymous v2 release list is cached under this tag.
  await expireCacheTags(["releases"]);
  const url = `/api/v1/downloads/release/${id}/`;
  const guest = await request.get(url, { headers: ip(3) });
  expect(guest.status()).toBe(401);
  expect(await guest.text()).toBe("");
  const key = await createApiKeyFor("staff", "v1_apikey");
  const staff = await request.get(url, { headers: { ...ip(3), authorization: `ApiKey staff:${key}` } });
  expect(staff.status()).toBe(200);
  expect(((await staff.json()) as { is_published: boolean }).is_published).toBe(false);
  const list = (await (
    await request.get("/api/v1/downloads/release/?limit=0", { headers: ip(3) })
  ).json()) as Envelope<{ resource_uri: string }>;
  expect(list.objects.map((o) => o.resource_uri)).not.toContain(url);

  expect(
    (
      await request.get(url, { headers: { ...ip(3), authorization: `ApiKey staff:${"0".repeat(40)}` } })
    ).status(),
  ).toBe(401);
  expect(
    (await request.get(url, { headers: { ...ip(3), authorization: `ApiKey alice:${key}` } })).status(),
  ).toBe(401);
  expect(
    (await request.get(`/api/v1/downloads/os/?username=staff&api_key=${key}`, { headers: ip(3) })).status(),
  ).toBe(401);
  await withDb((c) => c.query("DELETE FROM downloads_release WHERE id = $1", [id]));
  await expireCacheTags(["releases"]);
});

test("staff write through v1 with an ApiKey: create, validation envelope, collection delete rules", async ({
  request,
}) => {
  const key = await createApiKeyFor("staff", "v1_apikey");
  const staff = { ...ip(5), authorization: `ApiKey staff:${key}` };
  const patch = 900 + Math.floor(Math.random() * 99);
  const rel = await request.post("/api/v1/downloads/release/", {
    headers: staff,
    data: {
      name: `Python 3.3.${patch}`,
      version: 3,
      is_published: true,
      release_date: "2026-11-20T10:00:00",
    },
  });
  expect(rel.status()).toBe(201);
  expect(await rel.text()).toBe("");
  const releaseUri = new URL(rel.headers()["location"]!, "http://x").pathname;
  const release = (await (await request.get(releaseUri, { headers: ip(5) })).json()) as {
    release_date: string;
    slug: string;
  };
  expect(release.release_date).toBe("2026-11-20T10:00:00");

  const osList = (await (
    await request.get("/api/v1/downloads/os/?slug=source", { headers: ip(5) })
  ).json()) as Envelope<{ resource_uri: string }>;
  const url = `https://www.python.org/ftp/python/3.3.${patch}/Python-3.3.${patch}.tgz`;
  const file = {
    name: "Gzipped source tarball",
    os: osList.objects[0]!.resource_uri,
    release: releaseUri,
    url,
    is_source: true,
  };
  const bad = await request.post("/api/v1/downloads/release_file/", {
    headers: staff,
    data: { ...file, url: "https://evil.example/x.tgz" },
  });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    "downloads/release_file": { url: ["Release file URLs must begin with 'https://www.python.org/'."] },
  });
  expect(
    (await request.post("/api/v1/downloads/release_file/", { headers: staff, data: file })).status(),
  ).toBe(201);

  // Non-staff keys are refused with 401, as Tastypie's StaffAuthorization does.
  const userKey = await createApiKeyFor("alice", "v1_apikey");
  expect(
    (
      await request.post("/api/v1/downloads/os/", {
        headers: { ...ip(5), authorization: `ApiKey alice:${userKey}` },
        data: { name: "x" },
      })
    ).status(),
  ).toBe(401);

  const releaseId = /(\d+)\/$/.exec(releaseUri)![1];
  const none = await request.delete("/api/v1/downloads/release_file/", { headers: staff });
  expect(none.status()).toBe(400);
  expect(await none.json()).toEqual({
    error: "Deleting release files requires exactly one 'release' filter.",
  });
  expect(
    (
      await request.delete(`/api/v1/downloads/release_file/?release=${releaseId}&name=x`, { headers: staff })
    ).status(),
  ).toBe(400);
  expect((await request.delete("/api/v1/downloads/os/", { headers: staff })).status()).toBe(405);
  expect(
    (
      await request.delete(`/api/v1/downloads/release_file/?release=${releaseId}`, { headers: staff })
    ).status(),
  ).toBe(204);
  const left = (await (
    await request.get(`/api/v1/downloads/release_file/?release=${releaseId}`, { headers: ip(5) })
  ).json()) as Envelope<unknown>;
  expect(left.meta.total_count).toBe(0);
  expect((await request.delete(releaseUri, { headers: staff })).status()).toBe(204);
});

test("v1 pages: envelope, sorted keys, published only for guests", async ({ request }) => {
  const body = (await (
    await request.get("/api/v1/pages/page/?path=about/apps", { headers: ip(6) })
  ).json()) as Envelope<Record<string, unknown>>;
  expect(body.meta.total_count).toBe(1);
  expect(Object.keys(body.objects[0]!)).toEqual([
    "content",
    "description",
    "is_published",
    "keywords",
    "path",
    "resource_uri",
    "template_name",
    "title",
  ]);
  expect(body.objects[0]!.resource_uri).toMatch(/^\/api\/v1\/pages\/page\/\d+\/$/);
  const none = (await (
    await request.get("/api/v1/pages/page/?is_published=false", { headers: ip(6) })
  ).json()) as Envelope<unknown>;
  expect(none.meta.total_count).toBe(0);
});
