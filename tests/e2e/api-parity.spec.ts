import { expect, test, type APIRequestContext } from "@playwright/test";
import { fieldsOf, RESOURCES } from "./support/api-reference";
import { expireCacheTags } from "./support/cache";
import { createApiKeyFor, withDb } from "./support/db";

// reference §8.1 "API (run for both v1 and v2)": the Django downloads API tests as one table,
// run against both versions, plus the v1-only and v2-only cases not covered elsewhere.
test.describe.configure({ mode: "serial" });

type Version = {
  name: "v1" | "v2";
  base: string;
  items: (body: unknown) => Record<string, unknown>[];
  staff: () => Promise<string>;
  /** Status for a guest asking for a draft release: Tastypie 401, DRF 404 (queryset filtered). */
  draftDetailForGuest: number;
};

let n = 0;
const ip = () => ({ "x-forwarded-for": `198.18.${Math.floor(n / 200)}.${(n++ % 200) + 20}` });

const versions: Version[] = [
  {
    name: "v1",
    base: "/api/v1/downloads",
    items: (b) => (b as { objects: Record<string, unknown>[] }).objects,
    staff: async () => `ApiKey staff:${await createApiKeyFor("staff", "v1_apikey")}`,
    draftDetailForGuest: 401,
  },
  {
    name: "v2",
    base: "/api/v2/downloads",
    items: (b) => b as Record<string, unknown>[],
    staff: async () => `Token ${await createApiKeyFor("staff", "v2_token")}`,
    draftDetailForGuest: 404,
  },
];

// beforeAll runs once per worker (fullyParallel): apart per worker even in the same millisecond.
const stamp = (Date.now() + Number(process.env.TEST_WORKER_INDEX ?? 0) * 7919) % 100_000;
const draftName = `Python 9.7.${stamp}`;
const hiddenName = `Python 0.0.${stamp}`;
let draftId = 0;
let hiddenId = 0;

async function get(request: APIRequestContext, url: string, auth?: string) {
  return request.get(url, { headers: { ...ip(), ...(auth ? { authorization: auth } : {}) } });
}

test.beforeAll(async () => {
  // The fixture's draft ("Python 9.7.2") and hidden ("Python 0.0.0") releases, made unique here.
  await withDb(async (c) => {
    const insert = (name: string, published: boolean, shown: boolean) =>
      c.query<{ id: number }>(
        `INSERT INTO downloads_release (name, slug, version, is_published, show_on_download_page, release_date, updated)
         VALUES ($1, $2, 3, $3, $4, now() + interval '1 year', now()) RETURNING id`,
        [name, name.toLowerCase().replace(/[ .]/g, "-"), published, shown],
      );
    draftId = (await insert(draftName, false, true)).rows[0]!.id;
    hiddenId = (await insert(hiddenName, true, false)).rows[0]!.id;
    const os = await c.query<{ id: number }>("SELECT id FROM downloads_os WHERE slug = 'windows'");
    await c.query(
      `INSERT INTO downloads_releasefile (name, slug, os_id, release_id, url, description, updated)
       VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [
        `draft-${stamp}.exe`,
        `draft-file-${stamp}`,
        os.rows[0]!.id,
        draftId,
        `https://www.python.org/ftp/python/9.7.${stamp}/draft-${stamp}.exe`,
        `Windows installer of draft draft-file-${stamp}`,
      ],
    );
  });
  // Written behind the app's back: the anonymous v2 release list is cached under this tag.
  await expireCacheTags(["releases"]);
});

for (const v of versions) {
  test(`${v.name}: OS filters are exact and case-sensitive; items carry resource_uri, name, slug, no creator`, async ({
    request,
  }) => {
    const exact = v.items(await (await get(request, `${v.base}/os/?name=Windows`)).json());
    expect(exact.map((o) => o.slug)).toEqual(["windows"]);
    expect(Object.keys(exact[0]!)).toEqual(expect.arrayContaining(["resource_uri", "name", "slug"]));
    expect(exact[0]).not.toHaveProperty("creator");
    expect(v.items(await (await get(request, `${v.base}/os/?name=windows`)).json())).toEqual([]);
    expect(v.items(await (await get(request, `${v.base}/os/?slug=Windows`)).json())).toEqual([]);
  });

  test(`${v.name}: guests see published releases only (hidden ones included); staff also see drafts`, async ({
    request,
  }) => {
    const staff = await v.staff();
    const q = v.name === "v1" ? "?limit=0" : "";
    const guest = v.items(await (await get(request, `${v.base}/release/${q}`)).json()).map((r) => r.name);
    const all = v
      .items(await (await get(request, `${v.base}/release/${q}`, staff)).json())
      .map((r) => r.name);
    expect(guest).toContain(hiddenName);
    expect(guest).not.toContain(draftName);
    expect(all).toContain(draftName);
    expect(all.filter((name) => !guest.includes(name))).toEqual(expect.arrayContaining([draftName]));
    expect(all.length).toBeGreaterThan(guest.length);
    for (const r of v.items(await (await get(request, `${v.base}/release/${q}`)).json()))
      expect(r).toHaveProperty("is_latest");

    expect((await get(request, `${v.base}/release/${draftId}/`)).status()).toBe(v.draftDetailForGuest);
    const asStaff = await get(request, `${v.base}/release/${draftId}/`, staff);
    expect(asStaff.status()).toBe(200);
    expect((await asStaff.json()).name).toBe(draftName);
    expect((await get(request, `${v.base}/release/${hiddenId}/`)).status()).toBe(200);
  });

  test(`${v.name}: pre_release=true lists only pre-releases, with every field`, async ({ request }) => {
    const list = v.items(await (await get(request, `${v.base}/release/?pre_release=true`)).json());
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((r) => r.pre_release === true)).toBe(true);
    expect(list.map((r) => r.name)).toContain("Python 3.15.0a1");
    expect(Object.keys(list[0]!)).toEqual(fieldsOf(v.name, "downloads/release"));
  });

  test(`${v.name}: files of a draft release are listed (release_file does not filter by publication)`, async ({
    request,
  }) => {
    const q =
      v.name === "v1"
        ? `?release__slug=${draftName.toLowerCase().replace(/[ .]/g, "-")}`
        : `?release=${draftId}`;
    const files = v.items(await (await get(request, `${v.base}/release_file/${q}`)).json());
    expect(files.map((f) => f.name)).toEqual([`draft-${stamp}.exe`]);
  });

  test(`${v.name}: an unknown file is 404; a malformed token or key is 401 even on a read`, async ({
    request,
  }) => {
    expect((await get(request, `${v.base}/release_file/99999999/`)).status()).toBe(404);
    const bad = v.name === "v1" ? "ApiKey staff:0000000000000000000000000000000000000000" : "Token nope";
    expect((await get(request, `${v.base}/os/`, bad)).status()).toBe(401);
  });
}

test("v2: description= is not a filter (400 naming it); description__contains matches; filters combine", async ({
  request,
}) => {
  const bad = await get(request, "/api/v2/downloads/release_file/?description=Windows");
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain("description");
  const some = (await (
    await get(request, `/api/v2/downloads/release_file/?description__contains=draft draft-file-${stamp}`)
  ).json()) as { name: string }[];
  expect(some.map((f) => f.name)).toEqual([`draft-${stamp}.exe`]);
  const combined = (await (
    await get(
      request,
      `/api/v2/downloads/release_file/?description__contains=draft draft-file-${stamp}&release=${hiddenId}`,
    )
  ).json()) as unknown[];
  expect(combined).toEqual([]);
});

test("v1: writes to a list with PUT or PATCH are 405, and OS collection DELETE is 405", async ({
  request,
}) => {
  const staff = `ApiKey staff:${await createApiKeyFor("staff", "v1_apikey")}`;
  for (const method of ["PUT", "PATCH"])
    expect(
      (
        await request.fetch("/api/v1/downloads/release/", {
          method,
          headers: { ...ip(), authorization: staff, "content-type": "application/json" },
          data: {},
        })
      ).status(),
    ).toBe(405);
  expect(
    (
      await request.fetch("/api/v1/downloads/os/", {
        method: "DELETE",
        headers: { ...ip(), authorization: staff },
      })
    ).status(),
  ).toBe(405);
});

test("v1: an inactive staff account's key is 401", async ({ request }) => {
  const username = `inactive${stamp}`;
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user (username, email, is_staff, is_active, date_joined) VALUES ($1, $2, true, false, now())`,
      [username, `${username}@example.org`],
    ),
  );
  const key = await createApiKeyFor(username, "v1_apikey");
  const res = await request.post("/api/v1/downloads/os/", {
    headers: { ...ip(), authorization: `ApiKey ${username}:${key}`, "content-type": "application/json" },
    data: { name: "Nope", slug: `nope-${stamp}` },
  });
  expect(res.status()).toBe(401);
});

test("the feed lists published releases including hidden ones, never drafts", async ({ request }) => {
  const xml = await (await get(request, "/downloads/feed.rss")).text();
  // Both are dated ahead of every other release, so the ten-item feed would show them.
  const names = [...xml.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1]);
  expect(names).toContain(hiddenName);
  expect(names).not.toContain(draftName);
});

test("v2: the router root lists every resource with the absolute URL of its list, which answers", async ({
  request,
}) => {
  const res = await get(request, "/api/v2/");
  expect(res.status()).toBe(200);
  const root = (await res.json()) as Record<string, string>;
  expect(Object.keys(root)).toEqual([
    "pages/page",
    "downloads/os",
    "downloads/release",
    "downloads/release_file",
  ]);
  for (const [prefix, url] of Object.entries(root)) {
    expect(url).toMatch(new RegExp(`^https?://[^/]+/api/v2/${prefix}/$`));
    expect((await get(request, new URL(url).pathname)).status()).toBe(200);
  }
});

test("v1: the index names every resource; each schema describes exactly the fields the resource serves", async ({
  request,
}) => {
  const index = (await (await get(request, "/api/v1/")).json()) as Record<
    string,
    { list_endpoint: string; schema: string }
  >;
  expect(Object.keys(index)).toEqual([
    "downloads/os",
    "downloads/release",
    "downloads/release_file",
    "pages/page",
  ]);
  for (const [name, entry] of Object.entries(index)) {
    expect(entry).toEqual({ list_endpoint: `/api/v1/${name}/`, schema: `/api/v1/${name}/schema/` });
    const schema = (await (await get(request, entry.schema)).json()) as {
      fields: Record<string, { type: string; readonly: boolean }>;
      filtering: Record<string, unknown>;
      allowed_list_http_methods: string[];
      allowed_detail_http_methods: string[];
      default_limit: number;
    };
    const list = (await (await get(request, `${entry.list_endpoint}?limit=1`)).json()) as {
      objects: Record<string, unknown>[];
    };
    expect([name, Object.keys(schema.fields)]).toEqual([name, Object.keys(list.objects[0]!)]);
    expect(schema.fields.resource_uri).toMatchObject({ type: "string", readonly: true });
    expect(schema.default_limit).toBe(20);
    // The methods each resource answers, per the reference (release files: the collection DELETE).
    const ref = RESOURCES.find((r) => r.api === "v1" && r.name === name)!;
    const lower = (m: string[]) => m.map((x) => x.toLowerCase());
    expect([name, schema.allowed_list_http_methods, schema.allowed_detail_http_methods]).toEqual([
      name,
      [...lower(ref.listMethods), ...(name === "downloads/release_file" ? ["delete"] : [])],
      lower(ref.detailMethods),
    ]);
  }
  const files = (await (await get(request, "/api/v1/downloads/release_file/schema/")).json()) as {
    fields: Record<string, { type: string; related_type?: string }>;
    filtering: Record<string, unknown>;
  };
  expect(files.fields.os).toMatchObject({ type: "related", related_type: "to_one" });
  expect(files.filtering).toMatchObject({ release: 2, os: 2, description: ["contains"] });
});

test("v1 pages: staff create a page (rendered, served at its path) and delete it; others are refused", async ({
  request,
}) => {
  const staff = `ApiKey staff:${await createApiKeyFor("staff", "v1_apikey")}`;
  const alice = `ApiKey alice:${await createApiKeyFor("alice", "v1_apikey")}`;
  const path = `api-made/page-${stamp}`;
  const body = {
    title: `Made through the API ${stamp}`,
    path: `/${path}/`,
    content: "Hello from **v1**\n\n.. raw:: html\n\n   <script>alert(1)</script>\n",
    keywords: "api",
  };
  const post = (data: unknown, auth?: string) =>
    request.post("/api/v1/pages/page/", {
      headers: { ...ip(), "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
      data,
    });
  expect((await post(body)).status()).toBe(401);
  expect((await post(body, alice)).status()).toBe(401);

  const bad = await post({ ...body, path: "Not Valid!" }, staff);
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json())["pages/page"])).toEqual(["path"]);

  const created = await post(body, staff);
  expect(created.status()).toBe(201);
  const location = created.headers()["location"]!;
  expect(location).toMatch(/^\/api\/v1\/pages\/page\/\d+\/$/);
  const page = await (await get(request, location)).json();
  expect(page).toMatchObject({ path, title: body.title, is_published: true, keywords: "api" });
  const html = await (await get(request, `/${path}/`)).text();
  expect(html).toContain(body.title);
  expect(html).not.toContain("<script>alert(1)</script>");

  const again = await post(body, staff);
  expect(again.status()).toBe(400);
  expect((await again.json())["pages/page"].path).toEqual(["Page with this Path already exists."]);

  const del = (auth: string) => request.delete(location, { headers: { ...ip(), authorization: auth } });
  expect((await del(alice)).status()).toBe(401);
  expect((await del(staff)).status()).toBe(204);
  expect((await get(request, location)).status()).toBe(404);
  expect((await get(request, `/${path}/`)).status()).toBe(404);
});

test("v1 set/: several objects by id in the order asked, missing ids under not_found, drafts 401 for guests", async ({
  request,
}) => {
  const os = (await (await get(request, "/api/v1/downloads/os/?limit=2")).json()) as {
    objects: { resource_uri: string; slug: string }[];
  };
  const ids = os.objects.map((o) => /(\d+)\/$/.exec(o.resource_uri)![1]);
  const res = await get(request, `/api/v1/downloads/os/set/${ids[1]};99999999;${ids[0]}/`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { not_found: string[]; objects: { slug: string }[] };
  expect(Object.keys(body)).toEqual(["not_found", "objects"]);
  expect(body.objects.map((o) => o.slug)).toEqual([os.objects[1]!.slug, os.objects[0]!.slug]);
  expect(body.not_found).toEqual(["99999999"]);

  expect((await get(request, `/api/v1/downloads/release/set/${draftId};${hiddenId}/`)).status()).toBe(401);
  const staff = `ApiKey staff:${await createApiKeyFor("staff", "v1_apikey")}`;
  const both = await (
    await get(request, `/api/v1/downloads/release/set/${draftId};${hiddenId}/`, staff)
  ).json();
  expect(both.objects.map((r: { name: string }) => r.name)).toEqual([draftName, hiddenName]);
  expect((await get(request, "/api/v1/downloads/os/set/not-ids/")).status()).toBe(400);
});

test("v1: a staff member signed in with a session cookie cannot write (Tastypie reads ApiKey only)", async ({
  browser,
}) => {
  const { signInAs } = await import("./support/auth");
  const page = await browser.newPage();
  await signInAs(page, "staff");
  expect((await page.request.get("/api/me")).status()).toBe(200);
  const res = await page.request.post("/api/v1/downloads/os/", {
    headers: { ...ip(), "content-type": "application/json" },
    data: { name: "Session OS", slug: `session-os-${stamp}` },
  });
  expect(res.status()).toBe(401);
  await page.close();
});
