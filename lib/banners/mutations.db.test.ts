import { afterAll, describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/admin/utils";
import { db } from "@/lib/platform/db";
import { listAdminBanners } from "./admin/data";
import { BANNER_LIST_SPEC } from "./admin/constants";
import { getActiveBanner } from "./data";
import { createBanner, deleteBanner, updateBanner } from "./mutations";

const made: number[] = [];
afterAll(async () => {
  await db.banner.deleteMany({ where: { id: { in: made } } });
});

const input = {
  title: "Donate",
  message: "Banner test: the fundraiser ends Friday.",
  link: "/psf/donations/",
  active: false,
  psfPagesOnly: false,
};

describe("banner mutations", () => {
  it("a banner made active and site-wide becomes the home page's, and leaves it when deleted", async () => {
    // Other tests' banners must not come first: the home page shows the lowest active id.
    await db.banner.updateMany({ where: { id: { notIn: made } }, data: { active: false } });
    const row = await createBanner(input);
    made.push(row.id);
    expect(await getActiveBanner()).toBeNull();
    await updateBanner(row.id, { ...input, active: true });
    expect(await getActiveBanner()).toEqual({
      title: "Donate",
      message: input.message,
      link: "/psf/donations/",
    });
    await deleteBanner(row.id);
    expect(await getActiveBanner()).toBeNull();
  });

  it("updating a banner that is gone is not found", async () => {
    await expect(updateBanner(2_000_000_000, input)).rejects.toMatchObject({ code: "not_found" });
  });

  it("the admin list searches the text and filters by state and scope", async () => {
    const a = await createBanner({ ...input, title: "Zebra sale", active: true, psfPagesOnly: true });
    const b = await createBanner({ ...input, title: "Zebra talk" });
    made.push(a.id, b.id);
    const list = (raw: Record<string, string>) => listAdminBanners(parseListParams(raw, BANNER_LIST_SPEC));
    expect((await list({ q: "zebra" })).rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect((await list({ q: "zebra", active: "yes" })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await list({ q: "zebra", scope: "site" })).rows.map((r) => r.id)).toEqual([b.id]);
    expect((await list({ q: "zebra", sort: "title", dir: "asc" })).rows.map((r) => r.title)).toEqual([
      "Zebra sale",
      "Zebra talk",
    ]);
  });
});
