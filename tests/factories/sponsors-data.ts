/**
 * The demo sponsorship year, in our own words: python.org's published package levels and amounts,
 * four programs, and forty benefits covering every feature kind (logo placements, tiers, email
 * targeting, required image/text/response assets with due dates, provided text/file assets),
 * conflicts, capacities, package-only, standalone and à-la-carte benefits.
 */
export const PACKAGES = [
  { name: "Visionary", slug: "visionary", sponsorshipAmount: 160_000, logoDimension: 350 },
  { name: "Sustainability", slug: "sustainability", sponsorshipAmount: 100_000, logoDimension: 300 },
  { name: "Maintaining", slug: "maintaining", sponsorshipAmount: 60_000, logoDimension: 250 },
  { name: "Contributing", slug: "contributing", sponsorshipAmount: 30_000, logoDimension: 225 },
  { name: "Supporting", slug: "supporting", sponsorshipAmount: 15_000, logoDimension: 200 },
  { name: "Partner", slug: "partner", sponsorshipAmount: 7_500, logoDimension: 175 },
  { name: "Participating", slug: "participating", sponsorshipAmount: 3_750, logoDimension: 150 },
  {
    name: "Associate",
    slug: "associate",
    sponsorshipAmount: 1_500,
    logoDimension: 125,
    allowALaCarte: false,
  },
];

export const PROGRAMS = ["Foundation", "PyCon US", "PyPI", "Core Development"];

type Logo = {
  place: "sponsors" | "download" | "jobs" | "sidebar" | "blogpost" | "footer" | "docs" | "devguide";
  publisher?: "psf" | "pycon" | "pypi" | "core";
  link?: boolean;
  describe?: boolean;
};
export type DemoBenefit = {
  name: string;
  program: string;
  /** Packages holding it: the first `upTo` of PACKAGES (0: none). */
  upTo: number;
  value: number;
  logo?: Logo;
  tiers?: (number | string)[];
  email?: boolean;
  img?: { name: string; due?: [number, number]; w: [number, number]; h: [number, number] };
  text?: { name: string; label: string; max?: number; due?: [number, number] };
  response?: { name: string; label: string; due?: [number, number] };
  providedText?: { name: string; label: string; shared?: string };
  providedFile?: { name: string; label: string };
  capacity?: number;
  soft?: boolean;
  packageOnly?: boolean;
  standalone?: boolean;
  isNew?: boolean;
  unavailable?: boolean;
  conflictsWith?: string;
};

export const BENEFITS: DemoBenefit[] = [
  {
    name: "Logo on the python.org sponsors page",
    program: "Foundation",
    upTo: 8,
    value: 500,
    logo: { place: "sponsors", describe: true },
  },
  {
    name: "Logo beside the python.org downloads",
    program: "Foundation",
    upTo: 1,
    value: 20_000,
    capacity: 6,
    logo: { place: "download", link: true },
  },
  {
    name: "Logo on the job board",
    program: "Foundation",
    upTo: 3,
    value: 2_000,
    logo: { place: "jobs", link: true },
  },
  {
    name: "Logo in the python.org footer rotation",
    program: "Foundation",
    upTo: 2,
    value: 3_000,
    logo: { place: "footer" },
  },
  {
    name: "Logo in the docs.python.org sidebar",
    program: "Foundation",
    upTo: 1,
    value: 12_000,
    logo: { place: "docs" },
    packageOnly: true,
  },
  {
    name: "Logo on the Python Developer's Guide",
    program: "Core Development",
    upTo: 2,
    value: 4_000,
    logo: { place: "devguide", publisher: "core" },
  },
  {
    name: "Sponsor announcement on the PSF blog",
    program: "Foundation",
    upTo: 4,
    value: 1_500,
    logo: { place: "blogpost" },
    text: {
      name: "blog_announcement_text",
      label: "A paragraph about your company for the announcement",
      max: 600,
      due: [2, 15],
    },
  },
  {
    name: "Social media thank-you posts",
    program: "Foundation",
    upTo: 6,
    value: 400,
    tiers: [6, 4, 3, 2, 1, 1],
    text: { name: "social_handles", label: "Accounts to mention in the posts", max: 200 },
  },
  {
    name: "Mention in the PSF quarterly newsletter",
    program: "Foundation",
    upTo: 5,
    value: 800,
    email: true,
  },
  {
    name: "Seat at the annual sponsor roundtable",
    program: "Foundation",
    upTo: 2,
    value: 2_500,
    response: {
      name: "roundtable_attendance",
      label: "Will someone from your company attend the roundtable?",
      due: [4, 1],
    },
  },
  {
    name: "Full-page print logo for the annual report",
    program: "Foundation",
    upTo: 3,
    value: 1_000,
    img: { name: "annual_report_logo", due: [11, 1], w: [600, 4000], h: [200, 3000] },
  },
  {
    name: "Custom landing page on python.org",
    program: "Foundation",
    upTo: 1,
    value: 5_000,
    isNew: true,
    text: { name: "landing_page_copy", label: "Copy for your landing page", due: [3, 1] },
  },
  {
    name: "Sponsor badge artwork",
    program: "Foundation",
    upTo: 8,
    value: 0,
    providedFile: { name: "sponsor_badge_artwork", label: "The PSF sponsor badge" },
  },
  {
    name: "Welcome pack from the PSF",
    program: "Foundation",
    upTo: 8,
    value: 0,
    providedText: {
      name: "welcome_pack_link",
      label: "Where to find the welcome pack",
      shared: "The welcome pack is on the sponsor wiki; your contact there will add you.",
    },
  },
  {
    name: "Booth in the PyCon US expo hall",
    program: "PyCon US",
    upTo: 5,
    value: 8_000,
    tiers: ["Island", "Double", "Double", "Single", "Single"],
    capacity: 60,
    soft: true,
  },
  {
    name: "Complimentary conference passes",
    program: "PyCon US",
    upTo: 6,
    value: 3_000,
    tiers: [10, 8, 6, 4, 2, 1],
    providedText: { name: "pycon_voucher_codes", label: "Registration voucher codes" },
  },
  {
    name: "Sponsored workshop slot",
    program: "PyCon US",
    upTo: 3,
    value: 6_000,
    capacity: 8,
    text: { name: "workshop_abstract", label: "Workshop title and abstract", max: 1200, due: [1, 31] },
  },
  {
    name: "Keynote stage introduction",
    program: "PyCon US",
    upTo: 1,
    value: 10_000,
    capacity: 2,
    conflictsWith: "Lightning talk sponsorship",
  },
  {
    name: "Lightning talk sponsorship",
    program: "PyCon US",
    upTo: 1,
    value: 4_000,
    conflictsWith: "Keynote stage introduction",
  },
  {
    name: "Logo on the PyCon US website",
    program: "PyCon US",
    upTo: 6,
    value: 1_000,
    logo: { place: "sponsors", publisher: "pycon", link: true },
  },
  {
    name: "Logo on the conference lanyards",
    program: "PyCon US",
    upTo: 0,
    value: 15_000,
    capacity: 1,
    logo: { place: "sidebar", publisher: "pycon" },
    img: { name: "lanyard_logo", due: [2, 28], w: [300, 3000], h: [100, 1500] },
  },
  { name: "Job fair table", program: "PyCon US", upTo: 0, value: 2_000, capacity: 40 },
  {
    name: "Attendee bag insert",
    program: "PyCon US",
    upTo: 0,
    value: 1_000,
    response: {
      name: "bag_insert_shipping",
      label: "Will you ship inserts to the venue yourself?",
      due: [3, 15],
    },
  },
  { name: "Coffee break sponsorship", program: "PyCon US", upTo: 0, value: 7_500, capacity: 0, isNew: true },
  {
    name: "Sprint day lunch",
    program: "PyCon US",
    upTo: 0,
    value: 5_000,
    capacity: 2,
    conflictsWith: "Sprint day dinner",
  },
  {
    name: "Sprint day dinner",
    program: "PyCon US",
    upTo: 0,
    value: 5_000,
    capacity: 2,
    conflictsWith: "Sprint day lunch",
  },
  {
    name: "Logo on pypi.org",
    program: "PyPI",
    upTo: 4,
    value: 5_000,
    logo: { place: "sidebar", publisher: "pypi", link: true },
  },
  {
    name: "Recognition in the PyPI sponsor listing",
    program: "PyPI",
    upTo: 6,
    value: 1_000,
    logo: { place: "sponsors", publisher: "pypi" },
  },
  {
    name: "Organization account on PyPI",
    program: "PyPI",
    upTo: 8,
    value: 0,
    response: { name: "pypi_org_account", label: "Would you like a PyPI organization account set up?" },
  },
  { name: "PyPI security briefing", program: "PyPI", upTo: 2, value: 3_000, isNew: true },
  { name: "Dedicated PyPI mirror acknowledgment", program: "PyPI", upTo: 0, value: 2_500, standalone: true },
  {
    name: "Support for a developer in residence",
    program: "Core Development",
    upTo: 1,
    value: 60_000,
    packageOnly: true,
  },
  { name: "Core sprint sponsorship", program: "Core Development", upTo: 2, value: 10_000, capacity: 3 },
  {
    name: "Thanks in the What's New document",
    program: "Core Development",
    upTo: 3,
    value: 2_000,
    text: { name: "whats_new_name", label: "How your company should be named", max: 100 },
  },
  {
    name: "Buildbot worker acknowledgment",
    program: "Core Development",
    upTo: 0,
    value: 1_500,
    standalone: true,
    logo: { place: "devguide", publisher: "core" },
  },
  {
    name: "Typing summit sponsorship",
    program: "Core Development",
    upTo: 0,
    value: 3_000,
    standalone: true,
    capacity: 1,
  },
  {
    name: "Language summit sponsorship",
    program: "Core Development",
    upTo: 0,
    value: 4_000,
    unavailable: true,
  },
  {
    name: "Mention in the release announcement",
    program: "Core Development",
    upTo: 5,
    value: 1_200,
    email: true,
  },
  {
    name: "Quarterly impact report",
    program: "Foundation",
    upTo: 4,
    value: 300,
    email: true,
    providedFile: { name: "impact_report", label: "This quarter's impact report" },
  },
  { name: "Grants program acknowledgment", program: "Foundation", upTo: 0, value: 2_000, isNew: true },
];

export const LEGAL_CLAUSES = [
  {
    internalName: "Logo use",
    clause: "The PSF may show the Sponsor's logo in the places this agreement lists, for its term.",
    benefits: ["Logo on the python.org sponsors page", "Logo beside the python.org downloads"],
  },
  {
    internalName: "Conference conduct",
    clause: "Sponsor staff at PyCon US follow the conference's code of conduct.",
    benefits: ["Booth in the PyCon US expo hall", "Sponsored workshop slot"],
  },
];
