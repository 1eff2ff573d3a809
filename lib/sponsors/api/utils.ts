/** Rows → the §3.3 wire shapes of the sponsor endpoints. */
import { apiV2Url } from "@/lib/api/drf";
import { slugify } from "@/lib/platform/text";
import type { z } from "zod";
import type { logoPlacementSchema, sponsorshipAssetSchema } from "./schema";

type Placement = z.input<typeof logoPlacementSchema>;
type Asset = z.input<typeof sponsorshipAssetSchema>;

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

type PlacementRow = {
  startDate: Date | null;
  endDate: Date | null;
  levelNameOld: string;
  package: { name: string; order: number } | null;
  sponsor: {
    id: number;
    name: string;
    description: string;
    landingPageUrl: string;
    webLogo: string;
    whiteLogo: string;
    contacts: Placement["contacts"];
  };
  benefits: {
    features: {
      publisher: string | null;
      logoPlace: string | null;
      linkToSponsorsPage: boolean;
      describeAsSponsor: boolean;
    }[];
  }[];
};

/**
 * LogoPlacementeAPIList.get: one item per logo placement that passes the publisher and flight
 * filters; describe_as_sponsor rewrites the description, link_to_sponsors_page points the URL at
 * the sponsor's anchor on /psf/sponsors/. `mediaUrl` turns a stored key into its public URL.
 */
export function toLogoPlacements(
  row: PlacementRow,
  filters: { publisher?: string; flight?: string },
  mediaUrl: (key: string) => string,
): Placement[] {
  const s = row.sponsor;
  const level = row.package?.name ?? row.levelNameOld;
  const absolute = (key: string) => apiV2Url(mediaUrl(key));
  const base = {
    sponsor: s.name,
    sponsor_id: String(s.id),
    sponsor_slug: slugify(s.name),
    description: s.description,
    logo: s.webLogo ? absolute(s.webLogo) : "",
    white_logo: s.whiteLogo ? absolute(s.whiteLogo) : null,
    start_date: isoDate(row.startDate),
    end_date: isoDate(row.endDate),
    sponsor_url: s.landingPageUrl,
    level_name: level,
    level_order: row.package?.order ?? 0,
    contacts: s.contacts,
  };
  return row.benefits
    .flatMap((b) => b.features)
    .filter((f) => !(filters.publisher && f.publisher !== filters.publisher))
    .filter((f) => !(filters.flight && f.logoPlace !== filters.flight))
    .map((f) => ({
      publisher: f.publisher ?? "",
      flight: f.logoPlace ?? "",
      ...base,
      description: f.describeAsSponsor
        ? `${s.name} is a ${level} sponsor of the Python Software Foundation.`
        : base.description,
      sponsor_url: f.linkToSponsorsPage ? apiV2Url(`/psf/sponsors/#${slugify(s.name)}`) : base.sponsor_url,
    }));
}

type AssetRow = {
  internalName: string;
  uuid: string;
  type: "img" | "text" | "file" | "response";
  image: string | null;
  text: string | null;
  file: string | null;
  response: string | null;
  sponsor: { name: string } | null;
  sponsorship: { sponsor: { name: string } | null } | null;
};

/** AssetSerializer: the value (a file's absolute URL), "" when empty; null when the owner is gone. */
export function toSponsorshipAsset(a: AssetRow, mediaUrl: (key: string) => string): Asset | null {
  const sponsor = a.sponsor ?? a.sponsorship?.sponsor ?? null;
  if (!sponsor) return null;
  const raw =
    a.type === "img" ? a.image : a.type === "file" ? a.file : a.type === "text" ? a.text : a.response;
  const value = !raw ? "" : a.type === "img" || a.type === "file" ? apiV2Url(mediaUrl(raw)) : raw;
  return {
    internal_name: a.internalName,
    uuid: a.uuid,
    value,
    content_type: a.sponsor ? "Sponsor" : "Sponsorship",
    sponsor: sponsor.name,
    sponsor_slug: slugify(sponsor.name),
  };
}
