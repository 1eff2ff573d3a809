/** apps/users beyond accounts: PSF memberships (one per user) and the local Python user groups. */
import type { Mapping } from "../types";
import { bool, boolOrNull, date, fkOrNull, int, legacyPk, MapError, required, str } from "./common";

const MEMBERSHIP_TYPES = new Set([0, 1, 2, 4, 5]);
const URL_TYPES = new Set(["meetup", "distribution list", "other"]);

const membership: Mapping = {
  model: "users.membership",
  table: "membership",
  dependsOn: ["users.user"],
  adopt: (d) => (d.creatorId == null ? null : { creatorId: d.creatorId }),
  map(row, ctx) {
    const f = row.fields;
    const membershipType = int(f.membership_type, 0);
    if (!MEMBERSHIP_TYPES.has(membershipType))
      throw new MapError(`membership_type ${membershipType} is not 0, 1, 2, 4 or 5`);
    const created = date(f.created);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        membershipType,
        legalName: str(f.legal_name),
        preferredName: str(f.preferred_name),
        emailAddress: str(f.email_address),
        city: str(f.city),
        region: str(f.region),
        country: str(f.country),
        postalCode: str(f.postal_code),
        psfCodeOfConduct: boolOrNull(f.psf_code_of_conduct),
        psfAnnouncements: boolOrNull(f.psf_announcements),
        votes: bool(f.votes),
        lastVoteAffirmation: date(f.last_vote_affirmation),
        ...(created ? { created } : {}),
        updated: date(f.updated) ?? created ?? undefined,
        creatorId: fkOrNull(ctx, "users.user", f.creator),
      },
    };
  },
};

const userGroup: Mapping = {
  model: "users.usergroup",
  table: "pythonUserGroup",
  map(row) {
    const f = row.fields;
    required(f, "name", "url");
    const urlType = str(f.url_type);
    if (!URL_TYPES.has(urlType)) throw new MapError(`url_type "${urlType}" is not meetup, distribution list or other`);
    return {
      data: {
        legacyId: legacyPk(row.pk),
        name: str(f.name),
        location: str(f.location),
        url: str(f.url),
        urlType,
        startDate: date(f.start_date),
        approved: bool(f.approved),
        trusted: bool(f.trusted),
      },
    };
  },
};

export const membershipMappings: Mapping[] = [membership, userGroup];
