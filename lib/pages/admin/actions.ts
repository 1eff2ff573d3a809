"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { renderMarkup } from "@/lib/platform/markup";
import { createPage, deletePage, setPagePublished, updatePage } from "@/lib/pages/mutations";
import { createRedirect, deleteRedirect, updateRedirect } from "@/lib/pages/redirect/mutations";
import { pagesSection } from "./constants";
import { pageFormSchema, pageRefSchema, previewSchema, publishSchema, redirectFormSchema } from "./schema";

/** Every pages-admin action authorizes here, whatever the page showed. */
const gate = adminGate(pagesSection.allowed);
const denied = "You may not edit pages.";

export const savePageAction = defineAction({
  name: "admin.pages",
  gate,
  denied,
  schema: pageFormSchema,
  handler: ({ input: { id, input }, principal }) =>
    id ? updatePage(id, input, principal.userId) : createPage(input, principal.userId),
  audit: ({ input }, row) => ({
    action: input.id ? "page.updated" : "page.created",
    targetType: "page",
    targetId: row.id,
  }),
  revalidate: ({ input }) => ["/admin/pages/", ...(input.id ? [`/admin/pages/${input.id}/`] : [])],
  done: (row, { input, values }): FormState =>
    input.id ? { done: "Saved.", values } : { done: "Page added.", redirectTo: `/admin/pages/${row.id}/` },
});

export const setPagePublishedAction = asFormAction(
  defineAction({
    name: "admin.pages.publish",
    gate,
    denied,
    schema: publishSchema,
    handler: ({ input, principal }) => setPagePublished(input.id, input.publish, principal.userId),
    audit: ({ input }) => ({
      action: input.publish ? "page.published" : "page.unpublished",
      targetType: "page",
      targetId: input.id,
    }),
    revalidate: ({ input }) => ["/admin/pages/", `/admin/pages/${input.id}/`],
  }),
);

export const deletePageAction = asFormAction(
  defineAction({
    name: "admin.pages.delete",
    gate,
    denied,
    schema: pageRefSchema,
    handler: ({ input }) => deletePage(input.id),
    audit: ({ input }) => ({ action: "page.deleted", targetType: "page", targetId: input.id }),
    revalidate: () => ["/admin/pages/"],
  }),
);

/** The edit form's live preview: the sanitized HTML the page would show, nothing saved. */
export const previewPageMarkupAction = defineAction({
  name: "admin.pages.preview",
  gate,
  denied,
  schema: previewSchema,
  handler: async ({ input }) => renderMarkup(input.content, input.contentMarkupType),
  done: (html): FormState => ({ data: { html } }),
});

export const saveRedirectAction = defineAction({
  name: "admin.redirects",
  gate,
  denied,
  schema: redirectFormSchema,
  handler: ({ input: { id, input } }) => (id ? updateRedirect(id, input) : createRedirect(input)),
  audit: ({ input }, row) => ({
    action: input.id ? "redirect.updated" : "redirect.created",
    targetType: "redirect",
    targetId: row.id,
  }),
  revalidate: ({ input }) => ["/admin/redirects/", ...(input.id ? [`/admin/redirects/${input.id}/`] : [])],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "Redirect added.", redirectTo: `/admin/redirects/${row.id}/` },
});

export const deleteRedirectAction = asFormAction(
  defineAction({
    name: "admin.redirects.delete",
    gate,
    denied,
    schema: pageRefSchema,
    handler: ({ input }) => deleteRedirect(input.id),
    audit: ({ input }) => ({ action: "redirect.deleted", targetType: "redirect", targetId: input.id }),
    revalidate: () => ["/admin/redirects/"],
  }),
);
