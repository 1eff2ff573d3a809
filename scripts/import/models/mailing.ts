/** apps/mailing's one concrete model, the sponsors' notification templates. */
import type { Mapping } from "../types";
import { date, legacyPk, str } from "./common";

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

export const mailingMappings: Mapping[] = [emailTemplate];
