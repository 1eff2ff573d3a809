import { expect, test, type APIRequestContext } from "@playwright/test";
import { ALL_METHODS, RESOURCES, type FilterRef, type Item, type ResourceRef } from "./support/api-reference";
import { createApiKeyFor } from "./support/db";

// The reference tables (§3.1–§3.3, as data in support/api-reference.ts), one generated test per
// resource and concern: fields and their order, URI and date formats, the envelope, every filter
// and lookup, unknown filters, methods, and who may write (anonymous, non-staff, staff).
let n = 0;
const ip = () => ({ "x-forwarded-for": `198.18.${100 + (Math.floor(n / 200) % 100)}.${(n++ % 200) + 20}` });

type Auth = { staff: string; user: string };
const auth: Record<"v1" | "v2", () => Promise<Auth>> = {
  v1: async () => ({
    staff: `ApiKey staff:${await createApiKeyFor("staff", "v1_apikey")}`,
    user: `ApiKey alice:${await createApiKeyFor("alice", "v1_apikey")}`,
  }),
  v2: async () => ({
    staff: `Token ${await createApiKeyFor("staff", "v2_token")}`,
    user: `Token ${await createApiKeyFor("alice", "v2_token")}`,
  }),
};

const listPath = (r: ResourceRef) => `/api/${r.api}/${r.name}/`;
const items = (r: ResourceRef, body: unknown): Item[] =>
  r.api === "v1" ? (body as { objects: Item[] }).objects : (body as Item[]);
const pkOf = (uri: unknown) => /\/(\d+)\/$/.exec(String(uri))?.[1] ?? "";
const uriPattern = (r: ResourceRef, name: string) =>
  new RegExp(`^${r.api === "v1" ? "" : "https?://[^/]+"}/api/${r.api}/${name}/\\d+/$`);

async function list(request: APIRequestContext, r: ResourceRef, query = "", authorization?: string) {
  const sep = query ? "&" : "?";
  const all = r.api === "v1" ? `${query}${sep}limit=0` : query;
  const res = await request.get(`${listPath(r)}${all}`, {
    headers: { ...ip(), ...(authorization ? { authorization } : {}) },
  });
  return { status: res.status(), body: res.status() === 200 ? items(r, await res.json()) : [], res };
}

/** A sample value for the filter from `item`, or null when the item has none to offer. */
async function sample(request: APIRequestContext, f: FilterRef, item: Item): Promise<string | null> {
  const v = item[f.field];
  if (v === null || v === undefined || v === "") return null;
  switch (f.lookup) {
    case "pk":
      return pkOf(v);
    case "slug": {
      const related = (await (await request.get(String(v), { headers: ip() })).json()) as { slug: string };
      return related.slug;
    }
    case "startswith":
      return String(v).slice(0, 1);
    case "contains":
    case "icontains": {
      const word = String(v)
        .split(/[\s,]+/)
        .find((w) => w.length >= 3);
      return word ? (f.lookup === "icontains" ? word.toUpperCase() : word) : null;
    }
    case "range":
      return `${String(v)},${String(v)}`;
    default:
      return String(v);
  }
}

/** Whether a result honours the filter `f` with value `value` (sample as sent). */
function holds(f: FilterRef, value: string, item: Item, slugs: Map<string, string>): boolean {
  const v = item[f.field];
  const s = String(v);
  switch (f.lookup) {
    case "exact":
      return s === value;
    case "pk":
      return pkOf(v) === value;
    case "slug":
      return slugs.get(s) === value;
    case "startswith":
      return s.startsWith(value);
    case "contains":
      return s.includes(value);
    case "icontains":
      return s.toLowerCase().includes(value.toLowerCase());
    case "gt":
      return s > value;
    case "gte":
      return s >= value;
    case "lt":
      return s < value;
    case "lte":
      return s <= value;
    case "range": {
      const [from, to] = value.split(",");
      return s >= from! && s <= to!;
    }
  }
}

for (const r of RESOURCES) {
  test.describe(`${r.api} ${r.name}`, () => {
    test("every item has exactly the reference fields in the served order, URIs and dates in their format", async ({
      request,
    }) => {
      const { staff } = await auth[r.api]();
      const { status, body } = await list(request, r, "", staff);
      expect(status).toBe(200);
      expect(body.length).toBeGreaterThan(0);
      for (const item of body) {
        expect(Object.keys(item)).toEqual(r.fields);
        expect(String(item.resource_uri)).toMatch(uriPattern(r, r.name));
        for (const [field, target] of Object.entries(r.relations))
          if (item[field] !== null)
            expect([field, item[field]]).toEqual([field, expect.stringMatching(uriPattern(r, target))]);
        for (const field of r.dates)
          expect(String(item[field])).toMatch(
            r.api === "v1"
              ? /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$/
              : /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/,
          );
        for (const field of r.optionalUrls) expect(typeof item[field]).toBe("string");
      }
      // One object by its URI is the same object, with the same fields.
      const one = (await (
        await request.get(new URL(String(body[0]!.resource_uri), "http://x").pathname, {
          headers: { ...ip(), authorization: staff },
        })
      ).json()) as Item;
      expect(Object.keys(one)).toEqual(r.fields);
      expect([one.resource_uri, one.slug ?? one.path]).toEqual([
        body[0]!.resource_uri,
        body[0]!.slug ?? body[0]!.path,
      ]);
    });

    test(
      r.api === "v1"
        ? "the Tastypie envelope pages with limit and offset"
        : "lists are plain arrays (no pagination)",
      async ({ request }) => {
        const body = await (await request.get(listPath(r), { headers: ip() })).json();
        if (r.api === "v2") {
          expect(Array.isArray(body)).toBe(true);
          return;
        }
        expect(Object.keys(body)).toEqual(["meta", "objects"]);
        expect(Object.keys(body.meta)).toEqual(["limit", "next", "offset", "previous", "total_count"]);
        expect(body.meta).toMatchObject({ limit: 20, offset: 0, previous: null });
        expect(body.objects.length).toBe(Math.min(20, body.meta.total_count));
        // Other tests write in parallel: compare two pages taken while the total stood still.
        for (let attempt = 0; ; attempt++) {
          const get = async (q: string) =>
            (await (await request.get(`${listPath(r)}${q}`, { headers: ip() })).json()) as {
              meta: {
                limit: number;
                offset: number;
                total_count: number;
                next: string | null;
                previous: string | null;
              };
              objects: Item[];
            };
          const two = await get("?limit=2&offset=0");
          const page = await get("?limit=1&offset=1");
          const total = two.meta.total_count;
          if (page.meta.total_count !== total && attempt < 5) continue;
          expect(page.meta).toMatchObject({ limit: 1, offset: 1, total_count: total });
          expect(page.meta.previous).toBe(`${listPath(r)}?limit=1&offset=0`);
          expect(page.meta.next).toBe(total > 2 ? `${listPath(r)}?limit=1&offset=2` : null);
          expect(two.meta.next).toBe(total > 2 ? `${listPath(r)}?limit=2&offset=2` : null);
          if (total > 1) expect(page.objects[0]!.resource_uri).toBe(two.objects[1]!.resource_uri);
          break;
        }
      },
    );

    for (const f of r.filters)
      test(`filter ?${f.param}= returns only matching items`, async ({ request }) => {
        const { staff } = await auth[r.api]();
        const everything = (await list(request, r, "", staff)).body;
        let value: string | null = null;
        if (f.lookup === "gt" || f.lookup === "lt") {
          // The earliest value for "greater than", the latest for "less than": neither is empty.
          const values = everything.map((i) => String(i[f.field])).sort();
          value = f.lookup === "gt" ? values[0]! : values.at(-1)!;
        } else for (const item of everything) if ((value = await sample(request, f, item)) !== null) break;
        expect(value, `no item offers a value for ${f.param}`).not.toBeNull();
        const filtered = await list(request, r, `?${f.param}=${encodeURIComponent(value!)}`, staff);
        expect(filtered.status).toBe(200);
        expect(filtered.body.length).toBeGreaterThan(0);
        const slugs = new Map<string, string>();
        if (f.lookup === "slug")
          for (const uri of new Set(filtered.body.map((i) => String(i[f.field]))))
            slugs.set(
              uri,
              ((await (await request.get(uri, { headers: ip() })).json()) as { slug: string }).slug,
            );
        for (const item of filtered.body)
          expect([f.param, value, holds(f, value!, item, slugs)]).toEqual([f.param, value, true]);
        // Nothing that matches is left out. Other tests add and remove objects in parallel, so
        // only objects present before and after the filtered request are required in it.
        if (f.lookup !== "slug") {
          const after = new Set((await list(request, r, "", staff)).body.map((i) => i.resource_uri));
          const got = new Set(filtered.body.map((i) => i.resource_uri));
          const missing = everything
            .filter((i) => after.has(i.resource_uri) && holds(f, value!, i, slugs))
            .filter((i) => !got.has(i.resource_uri))
            .map((i) => i.resource_uri);
          expect(missing).toEqual([]);
        }
      });

    test(
      r.strict ? "an unknown filter is 400 naming it" : "an unknown parameter is ignored",
      async ({ request }) => {
        const before = await list(request, r);
        const odd = await list(request, r, "?no_such_filter=1");
        const after = await list(request, r);
        if (r.strict) {
          expect(odd.status).toBe(400);
          expect(await odd.res.json()).toEqual({ error: [expect.stringContaining("no_such_filter")] });
        } else {
          expect(odd.status).toBe(200);
          // Same objects as without it (those that existed throughout; others write in parallel).
          const uris = (l: Item[]) => new Set(l.map((i) => i.resource_uri));
          const [b, o, a] = [uris(before.body), uris(odd.body), uris(after.body)];
          expect([...b].filter((u) => a.has(u) && !o.has(u))).toEqual([]);
          expect([...o].filter((u) => !b.has(u) && !a.has(u))).toEqual([]);
        }
      },
    );

    test("methods outside the reference are 405", async ({ request }) => {
      const { staff } = await auth[r.api]();
      const some = (await list(request, r, "", staff)).body[0]!;
      const detail = new URL(String(some.resource_uri), "http://x").pathname;
      const headers = { ...ip(), authorization: staff, "content-type": "application/json" };
      for (const method of ALL_METHODS) {
        if (!r.listMethods.includes(method)) {
          const res = await request.fetch(listPath(r), { method, headers, data: {} });
          // Tastypie's one collection DELETE: release files of exactly one release (else 400).
          const expected =
            r.api === "v1" && r.name === "downloads/release_file" && method === "DELETE" ? 400 : 405;
          expect([method, "list", res.status()]).toEqual([method, "list", expected]);
        }
        if (!r.detailMethods.includes(method)) {
          const res = await request.fetch(detail, { method, headers, data: {} });
          expect([method, "detail", res.status()]).toEqual([method, "detail", 405]);
        }
      }
    });

    test("writes: anonymous 401, non-staff refused, staff get field errors for an empty body", async ({
      request,
    }) => {
      const { staff, user } = await auth[r.api]();
      const post = (authorization?: string) =>
        request.post(listPath(r), {
          headers: {
            ...ip(),
            "content-type": "application/json",
            ...(authorization ? { authorization } : {}),
          },
          data: {},
        });
      expect((await post()).status()).toBe(401);
      // Tastypie's StaffAuthorization answers 401; DRF's IsStaffOrReadOnly 403.
      expect((await post(user)).status()).toBe(r.api === "v1" ? 401 : 403);
      const res = await post(staff);
      if (!r.staffWrites) {
        expect(res.status()).toBe(405);
        return;
      }
      expect(res.status()).toBe(400);
      const body = await res.json();
      const errors = (r.api === "v1" ? body[r.name] : body) as Record<string, string[]>;
      expect(Object.keys(errors).length).toBeGreaterThan(0);
      for (const [field, messages] of Object.entries(errors)) {
        expect(r.fields).toContain(field);
        expect(messages.every((m) => typeof m === "string" && m.length > 0)).toBe(true);
      }
      expect((await request.delete(`${listPath(r)}99999999/`, { headers: ip() })).status()).toBe(401);
      expect(
        (
          await request.delete(`${listPath(r)}99999999/`, { headers: { ...ip(), authorization: staff } })
        ).status(),
      ).toBe(r.api === "v1" || r.detailMethods.includes("DELETE") ? 404 : 405);
    });
  });
}
