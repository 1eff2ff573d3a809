"use server";

import { defineAction } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { AppError } from "@/lib/platform/errors";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import {
  contractBackToDraft,
  executeContract,
  nullifyContract,
  sendContract,
  type UploadedFile,
  updateContractDraft,
} from "@/lib/sponsors/contracts/mutations";
import { saveContractTemplate } from "@/lib/sponsors/contracts/template/mutations";
import { approveWithSignedContract } from "@/lib/sponsors/sponsorship/approval/mutations";
import {
  approveExistingSchema,
  contractDraftSchema,
  contractOpSchema,
  contractTemplateSchema,
  executeContractSchema,
} from "./schema";

/** Every contract action authorizes here, whatever the page showed (views_admin: change permission). */
const gate = adminGate(sponsorshipsSection.allowed);
const denied = "You may not manage sponsorships.";
const DONE = {
  send: "Contract was sent!",
  nullify: "Contract was nullified!",
  draft: "Contract is a draft again.",
} as const;

/** Sponsor pages and the logo API revalidate by tag in the mutations; these are the admin and dashboard paths. */
const paths = (sponsorshipId: number) => [
  "/admin/sponsors/",
  `/admin/sponsors/${sponsorshipId}/`,
  `/users/sponsorships/${sponsorshipId}/`,
];

async function signedFile(value: unknown): Promise<UploadedFile | null> {
  if (!(value instanceof File) || value.size === 0) return null;
  if (value.size > 20 * 1024 * 1024)
    throw new AppError("validation_failed", "The signed contract is larger than 20 MB.");
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}

export const contractOpAction = defineAction({
  name: "admin.sponsors.contract",
  gate,
  denied,
  schema: contractOpSchema,
  handler: async ({ input: { id, op }, principal, origin }) => {
    const actor = { actorId: principal.userId, origin };
    if (op === "send") await sendContract(id, actor);
    else if (op === "nullify") await nullifyContract(id, actor);
    else await contractBackToDraft(id, actor);
    return { done: DONE[op] };
  },
  revalidate: ({ input }) => paths(input.sponsorshipId),
});

export const executeContractAction = defineAction({
  name: "admin.sponsors.contract_execute",
  gate,
  denied,
  schema: executeContractSchema,
  handler: async ({ input, principal, origin, raw }) => {
    await executeContract(input.id, await signedFile(raw.signedDocument), {
      actorId: principal.userId,
      origin,
    });
    return { done: "Contract was executed!" };
  },
  revalidate: ({ input }) => paths(input.sponsorshipId),
});

export const approveExistingAction = defineAction({
  name: "admin.sponsors.approve_existing",
  gate,
  denied,
  schema: approveExistingSchema,
  handler: async ({ input: { id, ...rest }, principal, origin, raw }) => {
    await approveWithSignedContract(id, rest, await signedFile(raw.signedDocument), {
      actorId: principal.userId,
      origin,
    });
    return { done: "Sponsorship was approved and its signed contract executed!" };
  },
  revalidate: ({ input }) => paths(input.id),
});

export const contractTemplateAction = defineAction({
  name: "admin.sponsors.contract_template",
  gate,
  denied,
  schema: contractTemplateSchema,
  handler: async ({ input, principal }) => {
    await saveContractTemplate(input.content, principal.userId);
    return { done: "The agreement template was saved." };
  },
  revalidate: () => ["/admin/sponsors/contract-template/"],
});

export const contractDraftAction = defineAction({
  name: "admin.sponsors.contract_draft",
  gate,
  denied,
  schema: contractDraftSchema,
  handler: async ({ input: { id, sponsorshipId: _s, ...fields }, principal, origin }) => {
    const revision = await updateContractDraft(id, fields, { actorId: principal.userId, origin });
    return { done: `Draft saved as revision ${revision}.` };
  },
  revalidate: ({ input }) => paths(input.sponsorshipId),
});
