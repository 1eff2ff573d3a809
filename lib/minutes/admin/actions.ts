"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createMinutes, deleteMinutes, updateMinutes } from "@/lib/minutes/mutations";
import { minutesSection } from "./constants";
import { minutesFormSchema, minutesRefSchema } from "./schema";

/** Every minutes-admin action authorizes here, whatever the page showed. */
const gate = adminGate(minutesSection.allowed);
const denied = "You may not edit board minutes.";

export const saveMinutesAction = defineAction({
  name: "admin.minutes",
  gate,
  denied,
  schema: minutesFormSchema,
  handler: ({ input: { id, input }, principal }) =>
    id ? updateMinutes(id, input, principal.userId) : createMinutes(input, principal.userId),
  audit: ({ input }, row) => ({
    action: input.id ? "minutes.updated" : "minutes.created",
    targetType: "minutes",
    targetId: row.id,
  }),
  revalidate: ({ input }) => [
    "/admin/minutes/",
    ...(input.id ? [`/admin/minutes/${input.id}/`, `/admin/minutes/${input.id}/preview/`] : []),
  ],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "Minutes added.", redirectTo: `/admin/minutes/${row.id}/` },
});

export const deleteMinutesAction = asFormAction(
  defineAction({
    name: "admin.minutes.delete",
    gate,
    schema: minutesRefSchema,
    handler: ({ input }) => deleteMinutes(input.id),
    audit: ({ input }) => ({ action: "minutes.deleted", targetType: "minutes", targetId: input.id }),
    revalidate: () => ["/admin/minutes/"],
  }),
);
