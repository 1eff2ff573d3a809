import { expect, test } from "@playwright/test";
import { createApiKeyFor } from "../support/db";

// #5 must-show: a release and its files created through /api/v2 by a staff token, marked latest,
// appear on /downloads/, in the home page's download widget and in the feed on the next request.
// It changes the site-wide latest release, so it runs in its own project after every other test
// (playwright.config.ts) and puts the previous latest back.
const ip = { "x-forwarded-for": "198.51.100.200" };

test("a release published through the API is on /downloads/, the home widget and the feed at once", async ({
  request,
}) => {
  const staff = { ...ip, authorization: `Token ${await createApiKeyFor("staff", "v2_token")}` };
  const api = "/api/v2/downloads";
  const v3 = (await (await request.get(`${api}/release/?version=3`, { headers: ip })).json()) as {
    resource_uri: string;
    name: string;
    is_latest: boolean;
  }[];
  const previous = v3.find((r) => r.is_latest)!;
  // Warm every cache first, so what follows shows revalidation, not a first render.
  for (const path of ["/", "/downloads/"]) {
    const before = await (await request.get(path)).text();
    expect([path, before.includes(previous.name)]).toEqual([path, true]);
  }
  expect((await request.get("/downloads/feed.rss")).status()).toBe(200);
  const n = 900 + Math.floor(Math.random() * 99);
  const name = `Python 3.14.${n}`;
  const created = await request.post(`${api}/release/`, {
    headers: staff,
    data: { name, version: 3, is_published: true, is_latest: true, release_date: new Date().toISOString() },
  });
  expect(created.status()).toBe(201);
  const release = (await created.json()) as { resource_uri: string; slug: string };
  const releasePath = new URL(release.resource_uri).pathname;
  try {
    const systems = (await (await request.get(`${api}/os/`, { headers: ip })).json()) as {
      slug: string;
      resource_uri: string;
    }[];
    const os = (slug: string) => systems.find((s) => s.slug === slug)!.resource_uri;
    const base = `https://www.python.org/ftp/python/3.14.${n}`;
    for (const [file, slug] of [
      [`python-3.14.${n}-amd64.exe`, "windows"],
      [`Python-3.14.${n}.tgz`, "source"],
    ] as const) {
      const res = await request.post(`${api}/release_file/`, {
        headers: staff,
        data: {
          name: file,
          os: os(slug),
          release: release.resource_uri,
          url: `${base}/${file}`,
          download_button: true,
          is_source: slug === "source",
        },
      });
      expect(res.status()).toBe(201);
    }

    const home = await (await request.get("/")).text();
    expect(home).toContain(name);
    expect(home).toContain(`${base}/python-3.14.${n}-amd64.exe`);
    expect(await (await request.get("/downloads/")).text()).toContain(name);
    expect(await (await request.get("/downloads/feed.rss")).text()).toContain(name);
    const page = await (await request.get(`/downloads/release/${release.slug}/`)).text();
    expect(page).toContain(`Python-3.14.${n}.tgz`);
  } finally {
    // Put the previous latest back (which demotes this one), then remove this one and its files.
    await request.patch(new URL(previous.resource_uri).pathname, {
      headers: staff,
      data: { is_latest: true },
    });
    await request.delete(releasePath, { headers: staff });
  }
  expect(await (await request.get("/")).text()).toContain(previous.name);
});
