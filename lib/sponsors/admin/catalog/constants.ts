/**
 * The yearly configuration's admin screens (apps/sponsors/admin.py SponsorshipProgramAdmin,
 * SponsorshipPackageAdmin, SponsorshipBenefitAdmin, LegalClauseModelAdmin): staff and sponsors.manage.
 */
import type { AdminSection, FieldSpec } from "@/lib/admin/types";
import { LOGO_PLACES, MAX_YEAR, MIN_YEAR, PUBLISHER_LABELS, PUBLISHERS } from "@/lib/sponsors/constants";
import { canManageSponsors } from "@/lib/sponsors/permissions";
import type { FeatureKind } from "@/lib/sponsors/catalog/schema";

const section = (href: string, label: string): AdminSection => ({ href, label, allowed: canManageSponsors });
export const programsSection = section("/admin/sponsors/programs/", "Sponsorship programs");
export const packagesSection = section("/admin/sponsors/packages/", "Sponsorship packages");
export const benefitsSection = section("/admin/sponsors/benefits/", "Sponsorship benefits");
export const clausesSection = section("/admin/sponsors/legal-clauses/", "Legal clauses");
export const catalogAdmin: AdminSection[] = [
  programsSection,
  packagesSection,
  benefitsSection,
  clausesSection,
];

const YEARS = Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, i) => String(MIN_YEAR + i));
const yes = ["yes", "no"] as const;

// OrderedModelAdmin ordering ("order",); LegalClause the same.
export const PROGRAM_LIST_SPEC = {
  sorts: ["order", "name", "id"],
  defaultSort: "order",
  perPage: 100,
} as const;
export const CLAUSE_LIST_SPEC = {
  sorts: ["order", "internalName", "id"],
  defaultSort: "order",
  perPage: 100,
} as const;
// SponsorshipPackageAdmin: ordering (-year, order); list_filter advertise, year, allow_a_la_carte.
export const PACKAGE_LIST_SPEC = {
  sorts: ["year", "order", "name", "sponsorshipAmount", "id"],
  defaultSort: "year",
  defaultDir: "desc",
  perPage: 100,
  filters: { advertise: yes, year: YEARS, aLaCarte: yes },
} as const;
// SponsorshipBenefitAdmin: ordering (-year, program, order); list_filter program, year,
// package_only, packages, new, standalone, unavailable; search by name.
export const BENEFIT_LIST_SPEC = {
  sorts: ["year", "name", "internalValue", "id"],
  defaultSort: "year",
  defaultDir: "desc",
  perPage: 100,
  filters: {
    year: YEARS,
    packageOnly: yes,
    new: yes,
    standalone: yes,
    unavailable: yes,
  },
} as const;

export const yearOptions = [{ value: "", label: "---------" }, ...YEARS.map((y) => ({ value: y, label: y }))];

export const programFields: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "description", label: "Description", kind: "textarea", rows: 3 },
  { name: "order", label: "Order", kind: "number", help: "Lower comes first." },
];

export const packageFields: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "slug", label: "Slug", help: "Unique per year; letters, numbers, hyphens and underscores." },
  { name: "sponsorshipAmount", label: "Sponsorship amount (USD)", kind: "number" },
  { name: "year", label: "Year", kind: "select", options: yearOptions },
  { name: "advertise", label: "Advertise", kind: "checkbox", help: "Shown in the application form." },
  {
    name: "logoDimension",
    label: "Logo dimension (px)",
    kind: "number",
    help: "The logo size on /psf/sponsors/ for this package (the area is kept for other shapes).",
  },
  { name: "allowALaCarte", label: "Allow à la carte benefits", kind: "checkbox" },
  { name: "order", label: "Order", kind: "number" },
];

export const clauseFields: FieldSpec[] = [
  {
    name: "internalName",
    label: "Internal name",
    help: "Friendly name used internally by PSF to reference this clause.",
  },
  {
    name: "clause",
    label: "Clause",
    kind: "textarea",
    rows: 6,
    help: "Legal clause text to be added to the contract.",
  },
  { name: "notes", label: "Notes", kind: "textarea", rows: 3, help: "PSF staff notes." },
  { name: "order", label: "Order", kind: "number" },
];

type Option = { value: string; label: string };

/** SponsorshipBenefitAdmin fieldsets "Public" and "Internal"; the choices come from the year's rows. */
export function benefitFields(o: {
  programs: Option[];
  packages: Option[];
  clauses: Option[];
  conflicts: Option[];
}): FieldSpec[] {
  return [
    {
      name: "name",
      label: "Name",
      help: "For display in the application form, statement of work, and sponsor dashboard.",
    },
    { name: "description", label: "Description", kind: "textarea", rows: 3 },
    {
      name: "programId",
      label: "Program",
      kind: "select",
      options: [{ value: "", label: "---------" }, ...o.programs],
    },
    { name: "year", label: "Year", kind: "select", options: yearOptions },
    {
      name: "packageIds",
      label: "Packages",
      kind: "checkboxes",
      options: o.packages,
      help: "What sponsorship packages this benefit is included in.",
    },
    {
      name: "packageOnly",
      label: "Package only",
      kind: "checkbox",
      help: "If a benefit is only available via a sponsorship package and not as an add-on, select this option.",
    },
    {
      name: "new",
      label: "New benefit",
      kind: "checkbox",
      help: 'If selected, display a "New This Year" badge along side the benefit.',
    },
    {
      name: "unavailable",
      label: "Benefit is unavailable",
      kind: "checkbox",
      help: "If selected, this benefit will not be available to applicants.",
    },
    {
      name: "standalone",
      label: "Standalone",
      kind: "checkbox",
      help: "Standalone benefits can be selected without the need of a package.",
    },
    { name: "internalDescription", label: "Internal description", kind: "textarea", rows: 3 },
    {
      name: "internalValue",
      label: "Internal value (USD)",
      kind: "number",
      help: "Value used internally to calculate sponsorship value when applicants construct their own sponsorship packages.",
    },
    {
      name: "capacity",
      label: "Capacity",
      kind: "number",
      help: "For benefits with limited capacity, set it here.",
    },
    {
      name: "softCapacity",
      label: "Soft capacity",
      kind: "checkbox",
      help: "If a benefit's capacity is flexible, select this option.",
    },
    { name: "legalClauseIds", label: "Legal clauses", kind: "checkboxes", options: o.clauses },
    {
      name: "conflictIds",
      label: "Conflicts",
      kind: "checkboxes",
      options: o.conflicts,
      help: "For benefits that conflict with one another (both directions are kept).",
    },
    { name: "order", label: "Order", kind: "number" },
  ];
}

export const FEATURE_KIND_LABELS: Record<FeatureKind, string> = {
  logo_placement: "Logo placement",
  tiered_benefit: "Tiered benefit",
  email_targetable: "Email targetable",
  required_img_asset: "Required image",
  required_text_asset: "Required text",
  required_response_asset: "Required response",
  provided_text_asset: "Provided text",
  provided_file_asset: "Provided file",
};

const relatedTo: FieldSpec = {
  name: "relatedTo",
  label: "Related to",
  kind: "select",
  options: [
    { value: "sponsor", label: "Sponsor" },
    { value: "sponsorship", label: "Sponsorship" },
  ],
  help: "To which instance (Sponsor or Sponsorship) should this asset relate to.",
};
const assetFields: FieldSpec[] = [
  relatedTo,
  {
    name: "internalName",
    label: "Internal name",
    help: "Unique name used internally to control if the sponsor/sponsorship already has the asset.",
  },
  { name: "label", label: "Label", help: "What's the title used to display the input to the sponsor?" },
  { name: "helpText", label: "Help text", help: "Any helper comment on how the input should be populated." },
];
const dueDate: FieldSpec = { name: "dueDate", label: "Due date", kind: "date" };
const px = (name: string, label: string): FieldSpec => ({ name, label, kind: "number" });

/** The fields of each configuration kind (the polymorphic inline's children). */
export function featureFields(kind: FeatureKind, packages: Option[]): FieldSpec[] {
  switch (kind) {
    case "logo_placement":
      return [
        {
          name: "publisher",
          label: "Publisher",
          kind: "select",
          options: PUBLISHERS.map((p) => ({ value: p, label: PUBLISHER_LABELS[p] })),
        },
        {
          name: "logoPlace",
          label: "Logo placement",
          kind: "select",
          options: LOGO_PLACES.map((p) => ({ value: p, label: p })),
        },
        {
          name: "linkToSponsorsPage",
          label: "Link to sponsors page",
          kind: "checkbox",
          help: "Override URL in placement to the PSF Sponsors Page, rather than the sponsor landing page url.",
        },
        {
          name: "describeAsSponsor",
          label: "Describe as sponsor",
          kind: "checkbox",
          help: 'Override description with "SPONSOR_NAME is a SPONSOR_LEVEL sponsor of the Python Software Foundation".',
        },
      ];
    case "tiered_benefit":
      return [
        {
          name: "packageId",
          label: "Package",
          kind: "select",
          options: [{ value: "", label: "---------" }, ...packages],
        },
        { name: "quantity", label: "Quantity", kind: "number" },
        {
          name: "displayLabel",
          label: "Display label",
          help: "If populated, this will be displayed instead of the quantity value.",
        },
      ];
    case "email_targetable":
      return [];
    case "required_img_asset":
      return [
        ...assetFields,
        dueDate,
        px("minWidth", "Min width"),
        px("maxWidth", "Max width"),
        px("minHeight", "Min height"),
        px("maxHeight", "Max height"),
      ];
    case "required_text_asset":
      return [
        ...assetFields,
        dueDate,
        {
          name: "maxLength",
          label: "Max length",
          kind: "number",
          help: "Limit to length of the input, empty means unlimited.",
        },
      ];
    case "required_response_asset":
      return [...assetFields, dueDate];
    case "provided_text_asset":
      return [
        ...assetFields,
        { name: "shared", label: "Shared", kind: "checkbox" },
        { name: "sharedText", label: "Shared text", kind: "textarea", rows: 3 },
      ];
    case "provided_file_asset":
      return [...assetFields, { name: "shared", label: "Shared", kind: "checkbox" }];
  }
}
