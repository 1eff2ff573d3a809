/** The sponsors admin (apps/sponsors/admin.py SponsorshipAdmin): staff and sponsors.manage. */
import type { AdminSection } from "@/lib/admin/types";
import { canManageSponsors } from "@/lib/sponsors/permissions";
import { catalogAdmin } from "./catalog/constants";
import { sponsorRecordsAdmin } from "./sponsor/constants";

export const sponsorshipsSection: AdminSection = {
  href: "/admin/sponsors/",
  label: "Sponsorships",
  allowed: canManageSponsors,
};

export const sponsorsAdmin: AdminSection[] = [
  sponsorshipsSection,
  ...sponsorRecordsAdmin,
  ...catalogAdmin,
];

/**
 * SponsorshipAdmin list_display and list_filter. Without a status filter the list hides
 * rejected applications (python.org's default "Applied / Approved / Finalized").
 */
export const SPONSORSHIP_LIST_SPEC = {
  sorts: ["appliedOn", "approvedOn", "startDate", "endDate", "year", "id"],
  defaultSort: "appliedOn",
  defaultDir: "desc",
  filters: {
    status: ["all", "applied", "approved", "finalized", "rejected"],
    year: Array.from({ length: 29 }, (_, i) => String(2022 + i)),
    targetable: ["yes"],
  },
} as const;

export const CSV_COLUMNS = [
  "Company Name",
  "Contact Name(s)",
  "Contact Email(s)",
  "Contact Phone",
  "Contact Type(s)",
  "Start Date",
  "End Date",
  "Logo",
  "Webpage link",
  "Sponsorship Level",
  "Sponsorship Cost",
  "Admin Link",
] as const;

export const CONTACT_TYPE_LABELS = {
  primary: "Primary",
  administrative: "Administrative",
  accounting: "Accounting",
  manager: "Manager",
} as const;
