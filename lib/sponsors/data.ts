import "server-only";
import { db } from "@/lib/platform/db";
import { enabledWhere } from "./sponsorship/data";
import type { SponsorLogo } from "./types";

/**
 * Sponsors with an enabled sponsorship on `today` (apps/sponsors SponsorshipQuerySet.enabled():
 * finalized, start <= today <= end, not overlapped), biggest package first.
 */
export async function listEnabledSponsors(today: Date, limit = 12): Promise<SponsorLogo[]> {
  const rows = await db.sponsorship.findMany({
    where: enabledWhere(today),
    orderBy: [{ package: { sponsorshipAmount: "desc" } }, { sponsor: { name: "asc" } }],
    take: limit,
    select: {
      sponsor: { select: { name: true, landingPageUrl: true, webLogo: true } },
      package: { select: { name: true } },
    },
  });
  return rows.flatMap((r) =>
    r.sponsor
      ? [
          {
            name: r.sponsor.name,
            url: r.sponsor.landingPageUrl || null,
            logo: r.sponsor.webLogo || null,
            packageName: r.package?.name ?? null,
          },
        ]
      : [],
  );
}
