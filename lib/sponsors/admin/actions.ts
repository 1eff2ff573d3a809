"use server";

import { defineAction } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import {
  approveSponsorship,
  rejectSponsorship,
  rollbackSponsorship,
  setSponsorshipLocked,
} from "@/lib/sponsors/sponsorship/mutations";
import { cloneYearConfig, setCurrentYear } from "@/lib/sponsors/config/mutations";
import { sponsorshipsSection } from "./constants";
import { approveFormSchema, cloneYearFormSchema, currentYearFormSchema, workflowFormSchema } from "./schema";

/** Every sponsorship-admin action authorizes here, whatever the page showed. */
const gate = adminGate(sponsorshipsSection.allowed);
const denied = "You may not manage sponsorships.";
const DONE = {
  reject: "Sponsorship was rejected!",
  rollback: "Sponsorship is now editable!",
  lock: "Sponsorship is locked!",
  unlock: "Sponsorship is unlocked!",
} as const;

export const approveSponsorshipAction = defineAction({
  name: "admin.sponsors.approve",
  gate,
  denied,
  schema: approveFormSchema,
  handler: async ({ input: { id, ...rest }, principal, origin }) => {
    await approveSponsorship(id, rest, { actorId: principal.userId, origin });
    return { done: "Sponsorship was approved!" };
  },
  revalidate: ({ input }) => ["/admin/sponsors/", `/admin/sponsors/${input.id}/`],
});

/** Reject, rollback to editing, lock, unlock: one button each on the change page. */
export const sponsorshipWorkflowAction = defineAction({
  name: "admin.sponsors.workflow",
  gate,
  denied,
  schema: workflowFormSchema,
  handler: async ({ input: { id, op }, principal, origin }) => {
    const actor = { actorId: principal.userId, origin };
    if (op === "reject") await rejectSponsorship(id, actor);
    else if (op === "rollback") await rollbackSponsorship(id, actor);
    else await setSponsorshipLocked(id, op === "lock", actor);
    return { done: DONE[op] };
  },
  revalidate: ({ input }) => ["/admin/sponsors/", `/admin/sponsors/${input.id}/`],
});

/** SponsorshipCurrentYear change form: the year new applications belong to. */
export const setCurrentYearAction = defineAction({
  name: "admin.sponsors.current_year",
  gate,
  denied,
  schema: currentYearFormSchema,
  handler: async ({ input, principal }) => {
    await setCurrentYear(input.year, principal.userId);
    return { done: `Active year: ${input.year}.` };
  },
  revalidate: () => ["/admin/sponsors/config/"],
});

/** clone-year-config (§5.9): packages, benefits, clauses and feature configs of one year into another. */
export const cloneYearAction = defineAction({
  name: "admin.sponsors.clone_year",
  gate,
  denied,
  schema: cloneYearFormSchema,
  handler: async ({ input, principal }) => {
    const r = await cloneYearConfig(input.fromYear, input.targetYear, principal.userId);
    return {
      done: `Cloned ${r.packages} packages and ${r.benefits} benefits from ${input.fromYear} to ${input.targetYear}.`,
    };
  },
  revalidate: () => ["/admin/sponsors/config/"],
});
