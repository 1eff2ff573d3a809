/** The PSF members admin (apps/users MembershipAdmin, with its "Export CSV" action). */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { MEMBERSHIP_TYPES } from "@/lib/membership/constants";
import { canManageMembers } from "@/lib/membership/permissions";

export const membershipSection: AdminSection = {
  href: "/admin/membership/",
  label: "PSF members",
  allowed: canManageMembers,
};

export const membershipAdmin: AdminSection[] = [membershipSection];

const typeOptions = Object.entries(MEMBERSHIP_TYPES).map(([value, label]) => ({ value, label }));

export const MEMBER_LIST_SPEC = {
  sorts: ["created", "legalName", "lastVoteAffirmation", "id"],
  defaultSort: "created",
  defaultDir: "desc",
  filters: { type: Object.keys(MEMBERSHIP_TYPES), votes: ["yes", "no"], affirmation: ["due"] },
} as const;

export const MEMBER_TYPE_OPTIONS = typeOptions;

/** MembershipAdmin's CSV columns (§1.16). */
export const MEMBER_CSV_HEADER = [
  "Membership type",
  "Creator",
  "Email address",
  "Votes",
  "Last vote affirmation",
];

export const memberFields: FieldSpec[] = [
  { name: "membershipType", label: "Membership type", kind: "select", options: typeOptions },
  { name: "votes", label: "Voting member", kind: "checkbox" },
  { name: "legalName", label: "Legal name" },
  { name: "preferredName", label: "Preferred name" },
  { name: "emailAddress", label: "Email address" },
  { name: "city", label: "City" },
  { name: "region", label: "Region" },
  { name: "country", label: "Country" },
  { name: "postalCode", label: "Postal code" },
];
