"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createUserGroup, deleteUserGroup, updateUserGroup } from "@/lib/users/user-groups/mutations";
import { userGroupFormSchema, userGroupRefSchema } from "@/lib/users/user-groups/schema";
import { userGroupsSection } from "./constants";

/** Every user-group action authorizes here, whatever the page showed. */
const gate = adminGate(userGroupsSection.allowed);
const denied = "You may not edit Python user groups.";

export const saveUserGroupAction = defineAction({
  name: "admin.user-groups",
  gate,
  denied,
  schema: userGroupFormSchema,
  handler: ({ input: { id, input } }) => (id ? updateUserGroup(id, input) : createUserGroup(input)),
  audit: ({ input }, row) => ({
    action: input.id ? "usergroup.updated" : "usergroup.created",
    targetType: "usergroup",
    targetId: row.id,
  }),
  revalidate: ({ input }) => [
    "/admin/user-groups/",
    ...(input.id ? [`/admin/user-groups/${input.id}/`] : []),
  ],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "User group added.", redirectTo: `/admin/user-groups/${row.id}/` },
});

export const deleteUserGroupAction = asFormAction(
  defineAction({
    name: "admin.user-groups.delete",
    gate,
    denied,
    schema: userGroupRefSchema,
    handler: ({ input }) => deleteUserGroup(input.id),
    audit: ({ input }, deleted) =>
      deleted ? { action: "usergroup.deleted", targetType: "usergroup", targetId: input.id } : null,
    revalidate: () => ["/admin/user-groups/"],
  }),
);
