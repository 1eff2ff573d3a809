import { expect, test } from "@playwright/test";

test("public pages carry python.org's surrogate keys for CDN purges", async ({ request }) => {
  const home = await request.get("/");
  // python.org's GlobalSurrogateKey gives the home page "pydotorg-app"; we add the domains it shows.
  const homeKeys = home.headers()["surrogate-key"]?.split(" ");
  expect(homeKeys?.[0]).toBe("pydotorg-app");
  expect(homeKeys).toEqual(expect.arrayContaining(["blogs", "events", "releases"]));
  // The download widget and the docs' version lists go when a release is published.
  for (const path of ["/doc/", "/doc/versions/"])
    expect([path, (await request.get(path)).headers()["surrogate-key"]?.split(" ")]).toEqual([
      path,
      expect.arrayContaining(["pydotorg-app", "doc", "releases"]),
    ]);
  const release = await request.get("/downloads/release/python-3140/");
  expect(release.headers()["surrogate-key"]?.split(" ")).toEqual(
    expect.arrayContaining(["pydotorg-app", "downloads"]),
  );
});

test("a forged x-middleware-subrequest header changes nothing", async ({ request }) => {
  const res = await request.get("/downloads/", {
    headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  });
  expect(res.status()).toBe(200);
  expect(res.headers()["surrogate-key"]).toContain("downloads");
});
