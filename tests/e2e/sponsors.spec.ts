/**
 * Issue #17, public side: /psf/sponsors/ and the downloads grid show exactly the enabled
 * sponsorships (§5.2, §5.7), and the sponsor APIs answer in python.org's shapes and refusals
 * (§3.2, §3.3). A sponsorship finalized in the test (the admin's contract step is issue #18)
 * appears everywhere once the sponsors tag is revalidated, as the mutations do.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import Redis from "ioredis";
import { createTagStore, DEFAULT_PREFIX } from "../../cache-handlers/redis-shared.mjs";
import { createApiKeyFor, withDb } from "./support/db";
import { createSponsorship, deleteSponsor, uniqueSponsorName } from "./support/sponsors";

const ideal = (w: number, h: number, d: number) => Math.trunc(w * Math.sqrt((100 * d) / (w * h)));

async function revalidateSponsors() {
  const redis = new Redis(process.env.REDIS_URL!);
  try {
    await createTagStore(async () => redis, DEFAULT_PREFIX).update(["sponsors"]);
  } finally {
    redis.disconnect();
  }
}

/** A member of the Sponsor Publisher group (alice), not staff, with a fresh v2 token. */
async function sponsorPublisher(): Promise<string> {
  await withDb((c) =>
    c.query(
      `INSERT INTO users_user_groups (user_id, group_id)
       SELECT u.id, g.id FROM users_user u, auth_group g WHERE u.username = 'alice' AND g.name = 'Sponsor Publisher'
       ON CONFLICT DO NOTHING`,
    ),
  );
  return createApiKeyFor("alice", "v2_token");
}

const api = (request: APIRequestContext, path: string, token?: string) =>
  request.get(path, { headers: token ? { authorization: `Token ${token}` } : {}, failOnStatusCode: false });

test.describe.configure({ mode: "serial" });

test("/psf/sponsors/ groups the running sponsorships by package, sizing logos by area", async ({
  page,
  request,
}) => {
  await page.goto("/psf/sponsors/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Python Software Foundation Sponsors");
  const visionary = page.getByRole("region", { name: "Visionary Sponsors" });
  const logo = visionary.getByRole("img", { name: "Example Cloud Ltd logo" });
  await expect(logo).toBeVisible();
  // 320×80 in the 350 px package: the width that keeps the area 100 × 350.
  expect(await logo.evaluate((img) => (img as HTMLImageElement).style.width)).toBe(
    `${ideal(320, 80, 350)}px`,
  );
  const square = page
    .getByRole("region", { name: "Contributing Sponsors" })
    .getByRole("img", { name: "Saltmarsh Analytics logo" });
  expect(await square.evaluate((img) => (img as HTMLImageElement).style.width)).toBe(
    `${ideal(120, 120, 225)}px`,
  );
  expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(320);
  const src = await logo.getAttribute("src");
  const res = await request.get(src!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  // Northwind's newer sponsorship overlaps its older one: shown once, under the newer package.
  await expect(
    page
      .getByRole("region", { name: "Sustainability Sponsors" })
      .getByText("Northwind Robotics", { exact: true }),
  ).toBeVisible();
  // Its older Maintaining sponsorship is not shown a second time (other tests may put their own
  // sponsors under Maintaining, so the check is on Northwind, not on the empty package).
  await expect(page.getByText("Northwind Robotics", { exact: true })).toHaveCount(1);
  for (const hidden of ["Tiny Startup GmbH", "Harbor Data Co", "Quiet Lake Software", "Old Mill Labs"])
    await expect(page.getByText(hidden)).toHaveCount(0);
  await expect(page.locator("#example-cloud-ltd")).toHaveAttribute("data-internal-year", /^\d{4}$/);
});

test("/downloads/ shows the visionary sponsors who host the downloads", async ({ page }) => {
  await page.goto("/downloads/");
  const grid = page.getByRole("region", { name: "Sponsors" });
  await expect(grid.getByText("Visionary sponsors help to host Python downloads.")).toBeVisible();
  await expect(grid.getByRole("img", { name: "Example Cloud Ltd logo" })).toBeVisible();
  await expect(grid.getByRole("img", { name: "Saltmarsh Analytics logo" })).toHaveCount(0);
});

test("the sponsor APIs: 401 without or with a bad token, 403 without the permission, 400 on bad filters", async ({
  request,
}) => {
  const bob = await createApiKeyFor("bob", "v2_token");
  for (const path of [
    "/api/v2/sponsors/logo-placement/",
    "/api/v2/sponsors/sponsorship-assets/?internal_name=x",
  ]) {
    expect((await api(request, path)).status()).toBe(401);
    const bad = await api(request, path, "0".repeat(40));
    expect(bad.status()).toBe(401);
    expect(await bad.json()).toEqual({ detail: "Invalid token." });
    const refused = await api(request, path, bob);
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toEqual({ detail: "Must have publisher permission." });
  }
  const staff = await createApiKeyFor("staff", "v2_token");
  const badChoice = await api(request, "/api/v2/sponsors/logo-placement/?publisher=acme&flight=moon", staff);
  expect(badChoice.status()).toBe(400);
  expect(await badChoice.json()).toEqual({
    publisher: ['"acme" is not a valid choice.'],
    flight: ['"moon" is not a valid choice.'],
  });
  const badYear = await api(request, "/api/v2/sponsors/logo-placement/?year=soon", staff);
  expect(await badYear.json()).toEqual({ year: ["A valid integer is required."] });
  const missing = await api(request, "/api/v2/sponsors/sponsorship-assets/", staff);
  expect(missing.status()).toBe(400);
  expect(await missing.json()).toEqual({ internal_name: ["This field is required."] });
});

test("a Visionary sponsorship finalized in the test shows on /psf/sponsors/, on /downloads/ and in the logo-placement API", async ({
  page,
  request,
}) => {
  // The test's own sponsor, named to sort after Example Cloud Ltd (the home page lists 12 by name).
  const sponsor = await createSponsorship({
    name: uniqueSponsorName("Wavecrest Data"),
    packageName: "Visionary",
    status: "finalized",
  });
  try {
    await revalidateSponsors();
    await page.goto("/psf/sponsors/");
    await expect(
      page
        .getByRole("region", { name: "Visionary Sponsors" })
        .getByRole("img", { name: `${sponsor.name} logo` }),
    ).toBeVisible();
    await page.goto("/downloads/");
    const grid = page.getByRole("region", { name: "Sponsors" });
    await expect(grid.getByRole("img", { name: `${sponsor.name} logo` })).toBeVisible();
    await expect(grid.getByRole("img", { name: "Example Cloud Ltd logo" })).toBeVisible();

    // A member of the Sponsor Publisher group, not staff.
    const publisher = await sponsorPublisher();
    const res = await api(
      request,
      "/api/v2/sponsors/logo-placement/?publisher=psf&flight=sponsors",
      publisher,
    );
    expect(res.status()).toBe(200);
    const items = (await res.json()) as Record<string, unknown>[];
    const item = items.find((i) => i.sponsor === sponsor.name);
    expect(item, `${sponsor.name} in the logo placements`).toBeDefined();
    expect(Object.keys(item!)).toEqual([
      "publisher",
      "flight",
      "sponsor",
      "sponsor_id",
      "sponsor_slug",
      "description",
      "logo",
      "white_logo",
      "start_date",
      "end_date",
      "sponsor_url",
      "level_name",
      "level_order",
      "contacts",
    ]);
    const order = await withDb(
      async (c) =>
        (
          await c.query(
            "SELECT \"order\" FROM sponsors_sponsorshippackage WHERE name = 'Visionary' AND year = $1",
            [sponsor.year],
          )
        ).rows[0].order as number,
    );
    expect(item).toEqual({
      publisher: "psf",
      flight: "sponsors",
      sponsor: sponsor.name,
      sponsor_id: String(sponsor.sponsorId),
      sponsor_slug: sponsor.slug,
      description: `${sponsor.name} is a Visionary sponsor of the Python Software Foundation.`,
      logo: expect.stringMatching(/^https?:\/\/[^/]+\/media\/sponsor_web_logos\/example-cloud-ltd\.png$/),
      white_logo: null,
      start_date: `${sponsor.year}-01-01`,
      end_date: `${sponsor.year}-12-31`,
      sponsor_url: `https://${sponsor.slug}.example.org/`,
      level_name: "Visionary",
      level_order: order,
      contacts: [
        {
          name: "Flo Contact",
          email: `flo@${sponsor.slug}.example.org`,
          primary: true,
          administrative: false,
          accounting: false,
          manager: true,
        },
        {
          name: "Ash Ledger",
          email: `accounts@${sponsor.slug}.example.org`,
          primary: false,
          administrative: false,
          accounting: true,
          manager: false,
        },
      ],
    });
    expect(items.every((i) => i.publisher === "psf" && i.flight === "sponsors")).toBe(true);
    const jobs = (await (
      await api(request, "/api/v2/sponsors/logo-placement/?flight=jobs", publisher)
    ).json()) as { sponsor: string; sponsor_url: string }[];
    expect(jobs.find((j) => j.sponsor === "Example Cloud Ltd")?.sponsor_url).toMatch(
      /\/psf\/sponsors\/#example-cloud-ltd$/,
    );
  } finally {
    await deleteSponsor(sponsor.sponsorId);
    await revalidateSponsors();
  }
  // Gone again once removed: from the next render that starts after the removal. Next hands a
  // request that arrives while the page is being rendered the render in flight, which another
  // worker's visit may have started before the removal, so the page is asked again until then.
  await expect
    .poll(
      async () => {
        await page.goto("/downloads/");
        return page.getByRole("img", { name: `${sponsor.name} logo` }).count();
      },
      { timeout: 15_000 },
    )
    .toBe(0);
});

test("a Sponsor Publisher reads the filled sponsorship assets of a name, or all of them with list_empty", async ({
  request,
}) => {
  const publisher = await sponsorPublisher();
  const harbor = await withDb(
    async (c) =>
      (
        await c.query<{ id: number; year: number }>(
          `SELECT s.id, s.year FROM sponsors_sponsorship s JOIN sponsors_sponsor p ON p.id = s.sponsor_id
           WHERE p.name = 'Harbor Data Co' ORDER BY s.id LIMIT 1`,
        )
      ).rows[0]!,
  );
  const name = `blog_announcement_text_${harbor.year}`;
  await withDb((c) =>
    c.query(
      `UPDATE sponsors_genericasset a SET text = 'Harbor Data Co moves data for scientists.'
       FROM sponsors_sponsorship s WHERE a.sponsorship_id = s.id AND s.id = $1 AND a.internal_name = $2`,
      [harbor.id, name],
    ),
  );
  const assets = (await (
    await api(request, `/api/v2/sponsors/sponsorship-assets/?internal_name=${name}`, publisher)
  ).json()) as Record<string, string>[];
  // Other specs may have filled the same asset for other sponsors: only filled ones are listed.
  expect(assets.every((a) => a.value !== "")).toBe(true);
  expect(assets).toContainEqual({
    internal_name: name,
    uuid: expect.any(String),
    value: "Harbor Data Co moves data for scientists.",
    content_type: "Sponsorship",
    sponsor: "Harbor Data Co",
    sponsor_slug: "harbor-data-co",
  });
  const all = (await (
    await api(
      request,
      `/api/v2/sponsors/sponsorship-assets/?internal_name=${name}&list_empty=true`,
      publisher,
    )
  ).json()) as Record<string, string>[];
  expect(all.length).toBeGreaterThan(assets.length);
  expect(all.filter((a) => a.value !== "")).toEqual(assets);
});
