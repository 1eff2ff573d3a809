"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createWorkGroup, deleteWorkGroup, updateWorkGroup } from "@/lib/work-groups/mutations";
import { workGroupsSection } from "./constants";
import { resolvePeople } from "./data";
import { workGroupFormSchema, workGroupRefSchema } from "./schema";

/** Every work-groups action authorizes here, whatever the page showed. */
const gate = adminGate(workGroupsSection.allowed);
const denied = "You may not edit work groups.";

export const saveWorkGroupAction = defineAction({
  name: "admin.work-groups",
  gate,
  denied,
  schema: workGroupFormSchema,
  handler: async ({ input: { id, input, people }, principal }) => {
    const full = { ...input, ...(await resolvePeople(people)) };
    return id ? updateWorkGroup(id, full, principal.userId) : createWorkGroup(full, principal.userId);
  },
  audit: ({ input }, row) => ({
    action: input.id ? "workgroup.updated" : "workgroup.created",
    targetType: "workgroup",
    targetId: row.id,
  }),
  revalidate: ({ input }) => [
    "/admin/work-groups/",
    ...(input.id ? [`/admin/work-groups/${input.id}/`] : []),
  ],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values: { ...values, slug: row.slug } }
      : { done: "Work group added.", redirectTo: `/admin/work-groups/${row.id}/` },
});

export const deleteWorkGroupAction = asFormAction(
  defineAction({
    name: "admin.work-groups.delete",
    gate,
    schema: workGroupRefSchema,
    handler: ({ input }) => deleteWorkGroup(input.id),
    audit: ({ input }) => ({ action: "workgroup.deleted", targetType: "workgroup", targetId: input.id }),
    revalidate: () => ["/admin/work-groups/"],
  }),
);
