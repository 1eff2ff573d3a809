/** apps/sponsors: sponsorships, the benefits each was given, contracts and the current year. */
import type { Mapping } from "../types";
import {
  bool,
  boolOrNull,
  date,
  fileKey,
  fk,
  fkOrNull,
  int,
  intOrNull,
  legacyPk,
  oneOf,
  required,
  requiredDate,
  str,
} from "./common";

const sponsorship: Mapping = {
  model: "sponsors.sponsorship",
  table: "sponsorship",
  dependsOn: ["users.user", "sponsors.sponsor", "sponsors.sponsorshippackage"],
  selfRef: { field: "overlapped_by", column: "overlappedById" },
  map(row, ctx) {
    const f = row.fields;
    return {
      data: {
        legacyId: legacyPk(row.pk),
        // Django's field is spelled submited_by.
        submittedById: fkOrNull(ctx, "users.user", f.submited_by),
        sponsorId: fkOrNull(ctx, "sponsors.sponsor", f.sponsor),
        status: oneOf(f.status, ["applied", "rejected", "approved", "finalized"], "status"),
        locked: bool(f.locked),
        startDate: date(f.start_date),
        endDate: date(f.end_date),
        appliedOn: requiredDate(f.applied_on, "applied_on"),
        approvedOn: date(f.approved_on),
        rejectedOn: date(f.rejected_on),
        finalizedOn: date(f.finalized_on),
        year: intOrNull(f.year),
        forModifiedPackage: bool(f.for_modified_package),
        levelNameOld: str(f.level_name_old ?? f.level_name),
        packageId: fkOrNull(ctx, "sponsors.sponsorshippackage", f.package),
        sponsorshipFee: intOrNull(f.sponsorship_fee),
        renewal: boolOrNull(f.renewal),
      },
    };
  },
};

const sponsorBenefit: Mapping = {
  model: "sponsors.sponsorbenefit",
  table: "sponsorBenefit",
  dependsOn: ["sponsors.sponsorship", "sponsors.sponsorshipbenefit", "sponsors.sponsorshipprogram"],
  map(row, ctx) {
    const f = row.fields;
    required(f, "name");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        order: int(f.order),
        sponsorshipId: fk(ctx, "sponsors.sponsorship", f.sponsorship, "sponsorship"),
        sponsorshipBenefitId: fkOrNull(ctx, "sponsors.sponsorshipbenefit", f.sponsorship_benefit),
        programName: str(f.program_name),
        name: str(f.name),
        description: str(f.description),
        programId: fkOrNull(ctx, "sponsors.sponsorshipprogram", f.program),
        benefitInternalValue: intOrNull(f.benefit_internal_value),
        addedByUser: bool(f.added_by_user),
        standalone: bool(f.standalone),
      },
    };
  },
};

/** Django's contract statuses; ours spell "awaiting signature" with an underscore. */
const CONTRACT_STATUSES = ["draft", "outdated", "awaiting signature", "executed", "nullified"] as const;

const contract: Mapping = {
  model: "sponsors.contract",
  table: "contract",
  dependsOn: ["sponsors.sponsorship"],
  media: ["document", "documentDocx", "signedDocument"],
  map(row, ctx) {
    const f = row.fields;
    return {
      data: {
        legacyId: legacyPk(row.pk),
        status: oneOf(str(f.status).replace("_", " "), CONTRACT_STATUSES, "status").replace(" ", "_"),
        revision: int(f.revision),
        document: fileKey(f.document),
        documentDocx: fileKey(f.document_docx),
        signedDocument: fileKey(f.signed_document),
        sponsorshipId: fkOrNull(ctx, "sponsors.sponsorship", f.sponsorship),
        sponsorInfo: str(f.sponsor_info),
        sponsorContact: str(f.sponsor_contact),
        // Markdown kept as written: the contract document renders it.
        benefitsList: str(f.benefits_list),
        legalClauses: str(f.legal_clauses),
        createdOn: date(f.created_on) ?? undefined,
        lastUpdate: date(f.last_update) ?? undefined,
        sentOn: date(f.sent_on),
      },
    };
  },
};

const currentYear: Mapping = {
  model: "sponsors.sponsorshipcurrentyear",
  table: "sponsorshipCurrentYear",
  // A singleton (id 1): the seeded row is adopted.
  adopt: () => ({ id: 1 }),
  map: (row) => ({ data: { legacyId: legacyPk(row.pk), year: int(row.fields.year) } }),
};

export const sponsorshipsMappings: Mapping[] = [sponsorship, sponsorBenefit, contract, currentYear];
