/** SponsorAdmin (contacts, sponsorships and assets inlines) and GenericAssetModelAdmin: staff and sponsors.manage. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canManageSponsors } from "@/lib/sponsors/permissions";

export const sponsorRecordsSection: AdminSection = {
  href: "/admin/sponsors/sponsors/",
  label: "Sponsors",
  allowed: canManageSponsors,
};
export const assetsSection: AdminSection = {
  href: "/admin/sponsors/assets/",
  label: "Sponsor assets",
  allowed: canManageSponsors,
};
export const sponsorRecordsAdmin: AdminSection[] = [sponsorRecordsSection, assetsSection];

export const SPONSOR_LIST_SPEC = { sorts: ["name", "created", "id"], defaultSort: "name" } as const;

// GenericAssetModelAdmin list_filter: related object type, asset type, with or without value.
export const ASSET_LIST_SPEC = {
  sorts: ["internalName", "id"],
  defaultSort: "id",
  defaultDir: "desc",
  perPage: 50,
  filters: {
    related: ["sponsor", "sponsorship"],
    type: ["img", "text", "file", "response"],
    value: ["with", "without"],
  },
} as const;

export const ASSET_TYPE_LABELS = { img: "Image", text: "Text", file: "File", response: "Response" } as const;

export const sponsorFields: FieldSpec[] = [
  { name: "name", label: "Name", help: "Name of the sponsor, for public display." },
  {
    name: "description",
    label: "Description",
    kind: "textarea",
    rows: 3,
    help: "Brief description of the sponsor for public display.",
  },
  {
    name: "landingPageUrl",
    label: "Landing page URL",
    kind: "url",
    help: "Landing page URL. This may be provided by the sponsor, however the linked page may not contain any sales or marketing information.",
  },
  { name: "twitterHandle", label: "Twitter handle" },
  { name: "linkedInPageUrl", label: "LinkedIn page URL", kind: "url" },
  { name: "primaryPhone", label: "Primary phone" },
  { name: "mailingAddressLine1", label: "Mailing address line 1" },
  { name: "mailingAddressLine2", label: "Mailing address line 2" },
  { name: "city", label: "City" },
  { name: "state", label: "State/Province/Region" },
  { name: "postalCode", label: "Zip/Postal code" },
  { name: "country", label: "Country", help: "Two-letter code (ISO 3166), e.g. US." },
  {
    name: "countryOfIncorporation",
    label: "Country of incorporation",
    help: "Two-letter code; empty if the same as the mailing address.",
  },
  { name: "stateOfIncorporation", label: "US only: state of incorporation" },
];

export const contactFields: FieldSpec[] = [
  { name: "name", label: "Contact name" },
  { name: "email", label: "Contact email" },
  { name: "phone", label: "Contact phone" },
  {
    name: "primary",
    label: "Primary contact",
    kind: "checkbox",
    help: "If this is the primary contact for the sponsor.",
  },
  { name: "administrative", label: "Administrative contact", kind: "checkbox" },
  { name: "accounting", label: "Accounting contact", kind: "checkbox" },
  {
    name: "manager",
    label: "Manager",
    kind: "checkbox",
    help: "May manage the sponsorship on the sponsor's side.",
  },
];
