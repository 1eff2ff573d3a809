/**
 * apps/mailing's one concrete model, the sponsors' notification templates: they land in the table
 * the sponsors' notification admin and sender read (lib/sponsors/notifications), not among the
 * site's own mail templates.
 */
import type { Mapping } from "../types";
import { date, legacyPk, str } from "./common";

const sponsorNotificationTemplate: Mapping = {
  model: "sponsors.sponsoremailnotificationtemplate",
  table: "sponsorEmailNotificationTemplate",
  adopt: (d) => ({ internalName: d.internalName }),
  map: (row) => ({
    data: {
      legacyId: legacyPk(row.pk),
      internalName: str(row.fields.internal_name),
      subject: str(row.fields.subject),
      content: str(row.fields.content),
      createdAt: date(row.fields.created_at) ?? undefined,
      updatedAt: date(row.fields.updated_at) ?? undefined,
    },
  }),
};

export const mailingMappings: Mapping[] = [sponsorNotificationTemplate];
