"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { createMenuItem, deleteMenuItem, moveMenuItem, updateMenuItem } from "@/lib/navigation/mutations";
import { navigationSection } from "./constants";
import { menuItemFormSchema, menuItemRefSchema, moveMenuItemSchema } from "./schema";

/** Every menus-admin action authorizes here, whatever the page showed. */
const gate = adminGate(navigationSection.allowed);
const denied = "You may not edit the menus.";

export const saveMenuItemAction = defineAction({
  name: "admin.navigation",
  gate,
  denied,
  schema: menuItemFormSchema,
  handler: ({ input: { id, input } }) => (id ? updateMenuItem(id, input) : createMenuItem(input)),
  audit: ({ input }, row) => ({
    action: input.id ? "menuitem.updated" : "menuitem.created",
    targetType: "menuitem",
    targetId: row.id,
  }),
  revalidate: ({ input }) => ["/admin/navigation/", ...(input.id ? [`/admin/navigation/${input.id}/`] : [])],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "Menu item added.", redirectTo: `/admin/navigation/${row.id}/` },
});

export const deleteMenuItemAction = asFormAction(
  defineAction({
    name: "admin.navigation.delete",
    gate,
    denied,
    schema: menuItemRefSchema,
    handler: ({ input }) => deleteMenuItem(input.id),
    audit: ({ input }, result) => ({
      action: "menuitem.deleted",
      targetType: "menuitem",
      targetId: input.id,
      detail: { deleted: result.deleted },
    }),
    revalidate: () => ["/admin/navigation/"],
  }),
);

export const moveMenuItemAction = asFormAction(
  defineAction({
    name: "admin.navigation.move",
    gate,
    denied,
    schema: moveMenuItemSchema,
    handler: ({ input }) => moveMenuItem(input.id, input.op),
    audit: ({ input }, result) =>
      result.moved
        ? { action: `menuitem.moved-${input.op}`, targetType: "menuitem", targetId: input.id }
        : null,
    revalidate: () => ["/admin/navigation/"],
  }),
);
