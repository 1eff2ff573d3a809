import { expect, test } from "@playwright/test";
import { fieldsOf } from "./support/api-reference";
import { createApiKeyFor } from "./support/db";

// /api/v2/pages/page/: read only, strict filters, published pages for non-staff.
const PAGES = "/api/v2/pages/page/";
const ip = (n: number) => ({ "x-forwarded-for": `198.51.100.${200 + n}` });
type Page = Record<string, unknown> & {
  title: string;
  path: string;
  resource_uri: string;
  is_published: boolean;
};

test("pages: PageSerializer fields, ordered by title then path, strict filters", async ({ request }) => {
  const list = (await (await request.get(PAGES, { headers: ip(1) })).json()) as Page[];
  expect(Object.keys(list[0]!)).toEqual(fieldsOf("v2", "pages/page"));
  expect(list.every((p) => p.is_published)).toBe(true);
  const keys = list.map((p) => `${p.title}\u0000${p.path}`);
  expect(keys).toEqual([...keys].sort());
  const about = (await (await request.get(`${PAGES}?path=about/apps`, { headers: ip(1) })).json()) as Page[];
  expect(about).toHaveLength(1);
  expect(String(about[0]!.content)).toContain("<p>");
  const bad = await request.get(`${PAGES}?title__icontains=x`, { headers: ip(1) });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: ["'icontains' is not an allowed filter on the 'title' field."] });
});

test("writes: anonymous 401, non-staff 403, staff 405 (read-only viewset)", async ({ request }) => {
  expect((await request.post(PAGES, { headers: ip(2), data: {} })).status()).toBe(401);
  const user = await createApiKeyFor("bob", "v2_token");
  expect(
    (await request.post(PAGES, { headers: { ...ip(2), authorization: `Token ${user}` }, data: {} })).status(),
  ).toBe(403);
  const staff = await createApiKeyFor("staff", "v2_token");
  const res = await request.delete(`${PAGES}1/`, { headers: { ...ip(2), authorization: `Token ${staff}` } });
  expect(res.status()).toBe(405);
  expect(res.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(await res.json()).toEqual({ detail: 'Method "DELETE" not allowed.' });
});
