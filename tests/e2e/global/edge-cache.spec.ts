import { existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { startVarnish, VARNISHD, type Varnish } from "../../../scripts/bench/varnish";
import { createApiKeyFor } from "../support/db";

// Issue #22, the edge that ships with the project: Debian's Varnish (the same VCL as the
// docker-compose service, edge/varnish.vcl, with the static edge/backend.vcl) in front of this
// run's `next start`. It serves cached pages pre-compressed, never caches a signed-in visitor's or
// a staff page, and is emptied by the app's own purges (EDGE_PURGE_URL in playwright.config.ts
// points the app at it).
test.describe.configure({ mode: "serial" });

const appPort = Number(process.env.E2E_PORT ?? 3100);
const edgePort = appPort + 45;
const edge = `http://127.0.0.1:${edgePort}`;
let varnish: Varnish | undefined;

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(edge + p, { headers: { "accept-encoding": "identity", ...headers } });

/**
 * The page as the edge serves it once stored. Other global specs run beside this one and may
 * purge between two requests (an import, a new latest release): ask again, a few times at most.
 */
async function stored(p: string, headers: Record<string, string> = {}) {
  let res = await get(p, headers);
  for (let i = 0; i < 4 && res.headers.get("x-cache") !== "HIT"; i++) res = await get(p, headers);
  return res;
}

test.beforeAll(async () => {
  if (!existsSync(VARNISHD))
    throw new Error(
      "varnishd is missing: apt-get install varnish varnish-modules (bash .ci/run installs them)",
    );
  varnish = await startVarnish({ port: edgePort, appPort });
});

test.afterAll(async () => {
  await varnish?.stop();
});

test("a cached page is served from the edge, gzip stored once and inflated for clients without it", async () => {
  const hit = await stored("/about/", { "accept-encoding": "gzip" });
  expect(hit.status).toBe(200);
  expect(hit.headers.get("x-cache")).toBe("HIT");
  // fetch() inflates gzip by itself; the raw bytes are checked with an identity request below.
  const html = await hit.text();
  expect(html).toContain("<main");
  const plain = await stored("/about/");
  expect(plain.headers.get("x-cache")).toBe("HIT");
  expect(plain.headers.get("content-encoding")).toBeNull();
  expect(await plain.text()).toBe(html);
  // Edge-only headers stay at the edge.
  expect(hit.headers.get("surrogate-key")).toBeNull();
  expect(hit.headers.get("xkey")).toBeNull();
});

test("the stored copy is gzip: a client that asks gets the compressed bytes as stored", async () => {
  await stored("/downloads/");
  const res = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    // node:http, which does not inflate, to see the bytes on the wire.
    import("node:http").then(({ get: httpGet }) =>
      httpGet(`${edge}/downloads/`, { headers: { "accept-encoding": "gzip" } }, (r) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () =>
          resolve({
            encoding: r.headers["content-encoding"],
            body: Buffer.concat(chunks),
          }),
        );
      }).on("error", reject),
    );
  });
  expect(res.encoding).toBe("gzip");
  expect(gunzipSync(res.body).toString("utf8")).toContain("Download the latest");
});

test("signed-in visitors, staff pages and writes always reach the app", async () => {
  const cookie = { cookie: "__Secure-next-auth.session-token=abc; next-auth.session-token=abc" };
  await get("/about/", cookie);
  expect((await get("/about/", cookie)).headers.get("x-cache")).toBe("MISS");
  await get("/admin/");
  expect((await get("/admin/")).headers.get("x-cache")).toBe("MISS");
  // Other cookies (a sign-in form's CSRF cookie) do not stop a public page from being served.
  expect((await stored("/about/", { cookie: "next-auth.csrf-token=xyz" })).headers.get("x-cache")).toBe(
    "HIT",
  );
  const post = await fetch(`${edge}/api/v2/downloads/release/`, { method: "POST" });
  expect(post.status).toBe(401);
  expect(post.headers.get("x-cache")).toBe("MISS");
});

test("what the app marks not to be stored is never stored: the APIs, health, pages per request", async () => {
  // The VCL returns before Varnish's built-in rules, so it says this itself (else 2 minutes stored).
  // (A plain /search/?q= is a cached page now; a per_page keeps it rendered per request.)
  for (const p of ["/api/health/", "/api/v2/downloads/release/", "/search/?q=python&per_page=5"]) {
    const first = await get(p);
    expect(first.status, p).toBe(200);
    expect(first.headers.get("cache-control"), p).toContain("no-store");
    expect((await get(p)).headers.get("x-cache"), p).toBe("MISS");
  }
});

test("a purge by key from the app's network empties the pages with that key", async () => {
  expect((await stored("/about/")).headers.get("x-cache")).toBe("HIT");
  const purge = await fetch(`${edge}/`, { method: "PURGE", headers: { "xkey-purge": "about" } });
  expect(purge.status).toBe(200);
  expect((await get("/about/")).headers.get("x-cache")).toBe("MISS");
  expect((await stored("/about/")).headers.get("x-cache")).toBe("HIT");
});

test("publishing a release through the API empties /downloads/ at the edge (the app's own purge)", async ({
  request,
}) => {
  expect((await stored("/downloads/")).headers.get("x-cache")).toBe("HIT");
  const token = await createApiKeyFor("staff", "v2_token");
  const name = `Python 3.5.${800 + Math.floor(Math.random() * 99)}`;
  const created = await request.post("/api/v2/downloads/release/", {
    headers: { authorization: `Token ${token}`, "x-forwarded-for": "198.51.100.145" },
    data: {
      name,
      version: 3,
      is_published: true,
      release_date: new Date().toISOString(),
      show_on_download_page: true,
    },
  });
  expect(created.status()).toBe(201);
  const fresh = await get("/downloads/");
  expect(fresh.headers.get("x-cache")).toBe("MISS");
  expect(await fresh.text()).toContain(name);
  const { resource_uri } = (await created.json()) as { resource_uri: string };
  const removed = await request.delete(new URL(resource_uri).pathname, {
    headers: { authorization: `Token ${token}`, "x-forwarded-for": "198.51.100.145" },
  });
  expect(removed.status()).toBe(204);
});
