/**
 * The small content apps: companies, board minutes, banners, code samples, work groups, the
 * sponsors' mail templates (apps/mailing's only concrete model) and waffle flags.
 */
import type { Mapping } from "../types";
import { MediaCopier } from "../media";
import {
  bool,
  boolOrNull,
  contentManageable,
  date,
  legacyPk,
  many,
  markupField,
  markupSpec,
  MapError,
  requiredDate,
  str,
  strOrNull,
} from "./common";

const company: Mapping = {
  model: "companies.company",
  table: "company",
  adopt: (d) => ({ slug: d.slug }),
  markup: [markupSpec("about")],
  media: ["logo"],
  map(row) {
    const f = row.fields;
    if (!str(f.name) || !str(f.slug)) throw new MapError("name and slug are required");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        name: str(f.name),
        slug: str(f.slug),
        ...markupField(f, "about", "about", "restructuredtext"),
        contact: strOrNull(f.contact),
        email: strOrNull(f.email),
        url: strOrNull(f.url),
        logo: f.logo ? MediaCopier.keyOf(f.logo) : null,
      },
    };
  },
};

const minutes: Mapping = {
  model: "minutes.minutes",
  table: "minutes",
  dependsOn: ["users.user"],
  adopt: (d) => ({ date: d.date }),
  markup: [markupSpec("content")],
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      ...contentManageable(row.fields, ctx),
      date: requiredDate(row.fields.date, "date"),
      ...markupField(row.fields, "content", "content", "restructuredtext"),
      isPublished: bool(row.fields.is_published),
    },
  }),
};

const banner: Mapping = {
  model: "banners.banner",
  table: "banner",
  map: (row) => ({
    data: {
      legacyId: legacyPk(row.pk),
      title: str(row.fields.title),
      message: str(row.fields.message),
      link: str(row.fields.link),
      active: bool(row.fields.active),
      psfPagesOnly: bool(row.fields.psf_pages_only, true),
    },
  }),
};

const codeSample: Mapping = {
  model: "codesamples.codesample",
  table: "codeSample",
  dependsOn: ["users.user"],
  markup: [markupSpec("code"), markupSpec("copy")],
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      ...contentManageable(row.fields, ctx),
      ...markupField(row.fields, "code", "code", "html"),
      ...markupField(row.fields, "copy", "copy", "html"),
      isPublished: bool(row.fields.is_published),
    },
  }),
};

const WORK_GROUP_MARKUP = [
  "purpose",
  "active_time",
  "core_values",
  "rules",
  "communication",
  "support",
] as const;
const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

const workGroup: Mapping = {
  model: "work_groups.workgroup",
  table: "workGroup",
  dependsOn: ["users.user"],
  adopt: (d) => ({ slug: d.slug }),
  markup: WORK_GROUP_MARKUP.map((f) => markupSpec(camel(f))),
  links: {
    organizers: { table: "workGroupOrganizer", own: "workGroupId", other: "userId" },
    members: { table: "workGroupMember", own: "workGroupId", other: "userId" },
  },
  map(row, ctx) {
    const f = row.fields;
    if (!str(f.name) || !str(f.slug)) throw new MapError("name and slug are required");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        name: str(f.name),
        slug: str(f.slug),
        active: bool(f.active, true),
        approved: bool(f.approved),
        shortDescription: str(f.short_description),
        ...Object.assign(
          {},
          ...WORK_GROUP_MARKUP.map((m) => markupField(f, m, camel(m), "restructuredtext")),
        ),
        url: str(f.url),
      },
      links: {
        organizers: many(ctx, "users.user", f.organizers, "organizers"),
        members: many(ctx, "users.user", f.members, "members"),
      },
    };
  },
};

const emailTemplate: Mapping = {
  model: "sponsors.sponsoremailnotificationtemplate",
  table: "emailTemplate",
  adopt: (d) => ({ internalName: d.internalName }),
  map: (row) => ({
    data: {
      legacyId: legacyPk(row.pk),
      internalName: str(row.fields.internal_name),
      kind: "sponsor_notification",
      subject: str(row.fields.subject),
      content: str(row.fields.content),
      createdAt: date(row.fields.created_at) ?? undefined,
      updatedAt: date(row.fields.updated_at) ?? undefined,
    },
  }),
};

const flag: Mapping = {
  model: "waffle.flag",
  table: "featureFlag",
  adopt: (d) => ({ name: d.name }),
  map: (row) => ({
    data: {
      legacyId: legacyPk(row.pk),
      name: str(row.fields.name),
      everyone: boolOrNull(row.fields.everyone),
      superusers: bool(row.fields.superusers, true),
      staff: bool(row.fields.staff),
      testing: bool(row.fields.testing),
      note: str(row.fields.note),
      created: date(row.fields.created) ?? undefined,
      modified: date(row.fields.modified) ?? undefined,
    },
  }),
};

export const companiesMappings: Mapping[] = [company];
export const minutesMappings: Mapping[] = [minutes];
export const bannersMappings: Mapping[] = [banner];
export const codeSamplesMappings: Mapping[] = [codeSample];
export const workGroupsMappings: Mapping[] = [workGroup];
export const mailingMappings: Mapping[] = [emailTemplate];
export const flagsMappings: Mapping[] = [flag];
