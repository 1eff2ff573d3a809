/** Cache tag of the sponsors shown on the home page, /downloads/ and /psf/ (apps/sponsors). */
export const sponsorsTags = {
  sponsors: "sponsors",
  /** The yearly configuration the application form shows (packages, benefits, current year). */
  sponsorshipConfig: "sponsorship-config",
} as const;

/** apps/sponsors/models/sponsorship.py Sponsorship.next_status (§5.3). */
export const NEXT_STATUS = {
  applied: ["approved", "rejected"],
  approved: ["finalized"],
  rejected: [],
  finalized: [],
} as const;

export const STATUS_LABELS = {
  applied: "Applied",
  rejected: "Rejected",
  approved: "Approved",
  finalized: "Finalized",
} as const;

export const CONTRACT_STATUS_LABELS = {
  draft: "Draft",
  outdated: "Outdated",
  awaiting_signature: "Awaiting Signature",
  executed: "Executed",
  nullified: "Nullified",
} as const;

/** The messages of forms.py SponsorshipsBenefitsForm and SponsorshipApplicationForm (§5.4). */
export const APPLICATION_MESSAGES = {
  minimum: "You have to pick a minimum number of benefits.",
  packageRequired: "You must pick a package to include the selected benefits.",
  standaloneWithPackage: "Application with package cannot have standalone benefits.",
  noALaCarte: "Package does not accept a la carte benefits.",
  conflicts: "The application has 1 or more benefits that conflicts.",
  packageOnlyNoPackage: "The application has 1 or more package only benefits and no sponsor package.",
  packageOnlyWrongPackage: "The application has 1 or more package only benefits but wrong sponsor package.",
  noCapacity: "The application has 1 or more benefits with no capacity.",
  cookies: "You must allow cookies from python.org to proceed.",
  selectFirst: "You have to select sponsorship package and benefits before.",
  primaryContact: "You have to mark at least one contact as the primary one.",
  invalidPackage: "Select a valid choice. That choice is not one of the available choices.",
  invalidChoice: (id: number) => `Select a valid choice. ${id} is not one of the available choices.`,
  openApplication: (sponsor: string) =>
    `The sponsor ${sponsor} already have open Sponsorship applications. Get in contact with sponsors@python.org to discuss.`,
} as const;

/** The admin LogEntry messages of apps/sponsors/notifications.py (§5.5), kept in the audit log. */
export const SPONSORSHIP_LOG = {
  created: "Sponsorship Application Created",
  approved: "Sponsorship Approval",
  contractCreated: "Created After Sponsorship Approval",
  rejected: "Sponsorship Rejected",
  rolledBack: "Sponsorship Rolled Back To Editing",
  locked: "Sponsorship Locked",
  unlocked: "Sponsorship Unlocked",
  cloned: (fromYear: number) => `Cloned from ${fromYear} sponsorship application config`,
} as const;

export const PSF_SPONSORS_EMAIL = "psf-sponsors@python.org";

/** Years a configuration may have (apps/sponsors/models YEAR_VALIDATORS). */
export const MIN_YEAR = 2022;
export const MAX_YEAR = 2050;

/** Package slug the standalone-only applications get (forms.py get_package). */
export const STANDALONE_ONLY_SLUG = "standalone-only";

/** The publishers and logo places of apps/sponsors/models/enums.py, in Django's order. */
export const PUBLISHERS = ["psf", "pycon", "pypi", "core"] as const;
export const LOGO_PLACES = [
  "sidebar",
  "sponsors",
  "jobs",
  "blogpost",
  "footer",
  "docs",
  "download",
  "devguide",
] as const;
export const PUBLISHER_LABELS = {
  psf: "Foundation",
  pycon: "PyCon",
  pypi: "Python Package Index",
  core: "Core Dev",
} as const;

export const REQUIRED_ASSET_KINDS = [
  "required_img_asset",
  "required_text_asset",
  "required_response_asset",
] as const;
export const PROVIDED_ASSET_KINDS = ["provided_text_asset", "provided_file_asset"] as const;
