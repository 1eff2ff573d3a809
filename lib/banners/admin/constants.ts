/** The banners admin's screens (apps/banners/admin.py BannerAdmin): staff and banners.edit. */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { canEditBanners } from "@/lib/banners/permissions";

export const bannersSection: AdminSection = {
  href: "/admin/banners/",
  label: "Banners",
  allowed: canEditBanners,
};

export const bannersAdmin: AdminSection[] = [bannersSection];

// BannerAdmin list_display (title, active, psf_pages_only) with its list_filter.
export const BANNER_LIST_SPEC = {
  sorts: ["title", "id"],
  defaultSort: "id",
  defaultDir: "desc",
  filters: { active: ["yes", "no"], scope: ["psf", "site"] },
} as const;

export const bannerFields: FieldSpec[] = [
  { name: "title", label: "Button text" },
  { name: "message", label: "Message", kind: "textarea", rows: 3 },
  { name: "link", label: "Link", help: "A path on this site (/psf/) or an http(s) URL." },
  { name: "active", label: "Active", kind: "checkbox" },
  {
    name: "psfPagesOnly",
    label: "Only on PSF pages",
    kind: "checkbox",
    help: "Unchecked, the banner shows on the home page (the first active one does).",
  },
];
