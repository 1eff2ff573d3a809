/** apps/work_groups: PSF working groups, their organizers and members. */
import type { Mapping } from "../types";
import { bool, contentManageable, legacyPk, many, markupField, markupSpec, MapError, str } from "./common";

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

export const workGroupsMappings: Mapping[] = [workGroup];
