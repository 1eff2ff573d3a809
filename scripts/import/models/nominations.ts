/**
 * apps/nominations: election kinds, elections, nominees and nominations. Django derives every
 * slug from the name on save; a slug missing from the dump is derived the same way.
 */
import { slugify } from "../../../lib/platform/text";
import type { Mapping } from "../types";
import {
  bool,
  date,
  fk,
  fkOrNull,
  legacyPk,
  markupField,
  markupSpec,
  MapError,
  required,
  requiredDate,
  str,
  strOrNull,
} from "./common";

const FORMS = new Set(["board", "packaging_council"]);
const slugOf = (f: Record<string, unknown>) => str(f.slug) || slugify(str(f.name));

const kind: Mapping = {
  model: "nominations.electionkind",
  table: "electionKind",
  adopt: (d) => ({ slug: d.slug }),
  map(row) {
    const f = row.fields;
    required(f, "name");
    const nominationForm = str(f.nomination_form, "board") || "board";
    if (!FORMS.has(nominationForm)) throw new MapError(`nomination_form "${nominationForm}" is not a form here`);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        name: str(f.name),
        slug: slugOf(f),
        accentColor: str(f.accent_color, "#0073b7") || "#0073b7",
        nominationForm,
      },
    };
  },
};

const election: Mapping = {
  model: "nominations.election",
  table: "election",
  dependsOn: ["nominations.electionkind"],
  adopt: (d) => ({ slug: d.slug }),
  markup: [markupSpec("description")],
  map(row, ctx) {
    const f = row.fields;
    required(f, "name");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        name: str(f.name),
        slug: slugOf(f),
        date: requiredDate(f.date, "date"),
        kindId: fkOrNull(ctx, "nominations.electionkind", f.kind),
        nominationsOpenAt: date(f.nominations_open_at),
        nominationsCloseAt: date(f.nominations_close_at),
        ...markupField(f, "description", "description", "markdown"),
        hidePreviousService: bool(f.hide_previous_service),
      },
    };
  },
};

const nominee: Mapping = {
  model: "nominations.nominee",
  table: "nominee",
  dependsOn: ["users.user", "nominations.election"],
  // One nominee per user and election.
  adopt: (d) => (d.userId == null ? null : { userId: d.userId, electionId: d.electionId }),
  map(row, ctx) {
    const f = row.fields;
    return {
      data: {
        legacyId: legacyPk(row.pk),
        electionId: fk(ctx, "nominations.election", f.election, "election"),
        userId: fkOrNull(ctx, "users.user", f.user),
        accepted: bool(f.accepted),
        approved: bool(f.approved),
        slug: str(f.slug),
      },
    };
  },
};

const nomination: Mapping = {
  model: "nominations.nomination",
  table: "nomination",
  dependsOn: ["users.user", "nominations.election", "nominations.nominee"],
  markup: [markupSpec("nominationStatement")],
  map(row, ctx) {
    const f = row.fields;
    return {
      data: {
        legacyId: legacyPk(row.pk),
        electionId: fk(ctx, "nominations.election", f.election, "election"),
        name: str(f.name),
        email: str(f.email),
        previousBoardService: strOrNull(f.previous_board_service),
        employer: str(f.employer),
        otherAffiliations: str(f.other_affiliations),
        ...markupField(f, "nomination_statement", "nominationStatement", "markdown"),
        nominatorId: fkOrNull(ctx, "users.user", f.nominator),
        nomineeId: fkOrNull(ctx, "nominations.nominee", f.nominee),
        accepted: bool(f.accepted),
        approved: bool(f.approved),
        cocAcknowledged: bool(f.coc_acknowledged),
        missionAlignment: bool(f.mission_alignment),
        eligibilityConfirmed: bool(f.eligibility_confirmed),
      },
    };
  },
};

export const nominationsMappings: Mapping[] = [kind, election, nominee, nomination];
