import "server-only";
import type { LogoPlace } from "@/lib/generated/prisma/client";
import { db } from "@/lib/platform/db";
import { log } from "@/lib/platform/log";
import { storage } from "@/lib/platform/storage";
import { slugify } from "@/lib/platform/text";
import { listEnabledWithPlacement } from "@/lib/sponsors/sponsorship/data";
import type { DisplayedSponsor, SponsorGroup } from "@/lib/sponsors/types";
import { idealLogoWidth, imageSize } from "@/lib/sponsors/utils";

async function readSize(key: string) {
  try {
    const obj = await storage().get(key);
    if (!obj) return null;
    const body =
      obj.body instanceof Uint8Array ? obj.body : new Uint8Array(await new Response(obj.body).arrayBuffer());
    return imageSize(body.subarray(0, 65_536));
  } catch (err) {
    log.warn({ err, key }, "sponsor logo unreadable");
    return null;
  }
}

const toDisplayed = async (
  r: Awaited<ReturnType<typeof listEnabledWithPlacement>>[number],
  dimension: number,
  year: number | null,
): Promise<DisplayedSponsor> => {
  const size = r.sponsor.webLogo ? await readSize(r.sponsor.webLogo) : null;
  return {
    name: r.sponsor.name,
    slug: slugify(r.sponsor.name),
    year,
    url: r.sponsor.landingPageUrl || null,
    logo: r.sponsor.webLogo ? storage().url(r.sponsor.webLogo) : null,
    width: idealLogoWidth(size?.width ?? 0, size?.height ?? 0, dimension),
  };
};

/**
 * templatetags list_sponsors("sponsors"): enabled sponsorships with a PSF sponsors-page logo,
 * grouped under every package slug (newest year's name first, in package order), each group
 * sized by its package's logo_dimension; empty groups are left out.
 */
export async function listSponsorsPage(now: Date): Promise<SponsorGroup[]> {
  const [rows, packages] = await Promise.all([
    listEnabledWithPlacement(now, "sponsors", "psf"),
    db.sponsorshipPackage.findMany({
      orderBy: [{ year: { sort: "desc", nulls: "last" } }, { order: "asc" }],
      select: { slug: true, name: true, logoDimension: true },
    }),
  ]);
  const groups: SponsorGroup[] = [];
  for (const p of packages) {
    if (groups.some((g) => g.slug === p.slug)) continue;
    const mine = rows.filter((r) => r.package?.slug === p.slug);
    if (mine.length === 0) continue;
    const sponsors = await Promise.all(mine.map((r) => toDisplayed(r, p.logoDimension, r.year)));
    groups.push({ slug: p.slug, label: p.name, dimension: p.logoDimension, sponsors });
  }
  return groups;
}

/** list_sponsors("download" | "jobs"): one flat grid, logos at most `dimension` px. */
export async function listPlacedSponsors(
  now: Date,
  place: LogoPlace,
  dimension: number,
): Promise<DisplayedSponsor[]> {
  const rows = await listEnabledWithPlacement(now, place, "psf");
  return Promise.all(rows.map((r) => toDisplayed(r, dimension, r.year)));
}
