/**
 * apps/sponsors, the plain models: programs, packages, legal clauses, benefits (with their
 * packages, clauses and conflicts), sponsors and their contacts, sponsorships with the benefits
 * they were given (sponsorships.ts), contracts and the current year. The polymorphic feature
 * configurations, features and assets are in sponsor-features.ts.
 */
import type { Mapping } from "../types";
import {
  bool,
  contentManageable,
  fileKey,
  fk,
  fkOrNull,
  int,
  intOrNull,
  legacyPk,
  many,
  required,
  str,
} from "./common";

const program: Mapping = {
  model: "sponsors.sponsorshipprogram",
  table: "sponsorshipProgram",
  map(row) {
    required(row.fields, "name");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        order: int(row.fields.order),
        name: str(row.fields.name),
        description: str(row.fields.description),
      },
    };
  },
};

const sponsorshipPackage: Mapping = {
  model: "sponsors.sponsorshippackage",
  table: "sponsorshipPackage",
  adopt: (d) => ({ slug: d.slug, year: d.year }),
  map(row) {
    const f = row.fields;
    required(f, "name", "slug");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        order: int(f.order),
        name: str(f.name),
        sponsorshipAmount: int(f.sponsorship_amount),
        advertise: bool(f.advertise),
        logoDimension: int(f.logo_dimension, 175),
        slug: str(f.slug),
        year: intOrNull(f.year),
        allowALaCarte: bool(f.allow_a_la_carte, true),
      },
    };
  },
};

const legalClause: Mapping = {
  model: "sponsors.legalclause",
  table: "legalClause",
  map(row) {
    required(row.fields, "internal_name", "clause");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        order: int(row.fields.order),
        internalName: str(row.fields.internal_name),
        clause: str(row.fields.clause),
        notes: str(row.fields.notes),
      },
    };
  },
};

const benefit: Mapping = {
  model: "sponsors.sponsorshipbenefit",
  table: "sponsorshipBenefit",
  dependsOn: ["sponsors.sponsorshipprogram", "sponsors.sponsorshippackage", "sponsors.legalclause"],
  links: {
    packages: { table: "sponsorshipBenefitPackage", own: "benefitId", other: "packageId" },
    legalClauses: { table: "sponsorshipBenefitClause", own: "benefitId", other: "legalClauseId" },
  },
  map(row, ctx) {
    const f = row.fields;
    required(f, "name");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        order: int(f.order),
        name: str(f.name),
        description: str(f.description),
        programId: fk(ctx, "sponsors.sponsorshipprogram", f.program, "program"),
        packageOnly: bool(f.package_only),
        new: bool(f.new),
        unavailable: bool(f.unavailable),
        standalone: bool(f.standalone),
        internalDescription: str(f.internal_description),
        internalValue: intOrNull(f.internal_value),
        capacity: intOrNull(f.capacity),
        softCapacity: bool(f.soft_capacity),
        year: intOrNull(f.year),
      },
      links: {
        packages: many(ctx, "sponsors.sponsorshippackage", f.packages, "packages"),
        legalClauses: many(ctx, "sponsors.legalclause", f.legal_clauses, "legal_clauses"),
      },
    };
  },
};

/**
 * Conflicts point at other benefits, later ones too: a second pass over the benefits, once all
 * of them have ids. Django's symmetrical field lists each pair on both sides, as we store it.
 */
const benefitConflicts: Mapping = {
  model: "sponsors.sponsorshipbenefit.conflicts",
  source: "sponsors.sponsorshipbenefit",
  table: "sponsorshipBenefit",
  dependsOn: ["sponsors.sponsorshipbenefit"],
  links: { conflicts: { table: "sponsorshipBenefitConflict", own: "fromId", other: "toId" } },
  map: (row, ctx) => ({
    data: { legacyId: legacyPk(row.pk) },
    links: { conflicts: many(ctx, "sponsors.sponsorshipbenefit", row.fields.conflicts, "conflicts") },
  }),
};

const sponsor: Mapping = {
  model: "sponsors.sponsor",
  table: "sponsor",
  dependsOn: ["users.user"],
  media: ["webLogo", "whiteLogo", "printLogo"],
  map(row, ctx) {
    const f = row.fields;
    required(f, "name");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        name: str(f.name),
        description: str(f.description),
        landingPageUrl: str(f.landing_page_url),
        twitterHandle: str(f.twitter_handle),
        linkedInPageUrl: str(f.linked_in_page_url),
        webLogo: fileKey(f.web_logo),
        whiteLogo: fileKey(f.white_logo),
        printLogo: fileKey(f.print_logo),
        primaryPhone: str(f.primary_phone),
        mailingAddressLine1: str(f.mailing_address_line_1),
        mailingAddressLine2: str(f.mailing_address_line_2),
        city: str(f.city),
        state: str(f.state),
        postalCode: str(f.postal_code),
        country: str(f.country),
        countryOfIncorporation: str(f.country_of_incorporation),
        stateOfIncorporation: str(f.state_of_incorporation),
      },
    };
  },
};

const contact: Mapping = {
  model: "sponsors.sponsorcontact",
  table: "sponsorContact",
  dependsOn: ["users.user", "sponsors.sponsor"],
  map(row, ctx) {
    const f = row.fields;
    required(f, "name", "email");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        sponsorId: fk(ctx, "sponsors.sponsor", f.sponsor, "sponsor"),
        userId: fkOrNull(ctx, "users.user", f.user),
        primary: bool(f.primary),
        administrative: bool(f.administrative),
        accounting: bool(f.accounting),
        manager: bool(f.manager),
        name: str(f.name),
        email: str(f.email),
        phone: str(f.phone),
      },
    };
  },
};

export const sponsorsMappings: Mapping[] = [
  program,
  sponsorshipPackage,
  legalClause,
  benefit,
  benefitConflicts,
  sponsor,
  contact,
];
