"use server";

import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { nominationsSection } from "./constants";
import { linkNominee, saveElection, saveKind, setElectionFlag } from "./mutations";
import { electionFormSchema, flagFormSchema, kindFormSchema, linkFormSchema } from "./schema";

const gate = adminGate(nominationsSection.allowed);
const denied = "You may not manage elections.";

export const saveKindAction = defineAction({
  name: "admin.nominations.kind",
  gate,
  denied,
  schema: kindFormSchema,
  handler: ({ input: { id, input } }) => saveKind(id, input),
  audit: ({ input }, row) => ({
    action: input.id ? "election_kind.updated" : "election_kind.created",
    targetType: "election_kind",
    targetId: row.id,
  }),
  revalidate: () => ["/admin/nominations/kinds/"],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "Kind added.", redirectTo: `/admin/nominations/kinds/${row.id}/` },
});

export const saveElectionAction = defineAction({
  name: "admin.nominations.election",
  gate,
  denied,
  schema: electionFormSchema,
  handler: ({ input: { id, input } }) => saveElection(id, input),
  audit: ({ input }, row) => ({
    action: input.id ? "election.updated" : "election.created",
    targetType: "election",
    targetId: row.id,
  }),
  revalidate: ({ input }) => [
    "/admin/nominations/",
    ...(input.id ? [`/admin/nominations/${input.id}/`] : []),
  ],
  done: (row, { input, values }): FormState =>
    input.id
      ? { done: "Saved.", values }
      : { done: "Election added.", redirectTo: `/admin/nominations/${row.id}/` },
});

export const setElectionFlagAction = asFormAction(
  defineAction({
    name: "admin.nominations.flag",
    gate,
    denied,
    schema: flagFormSchema,
    handler: ({ input }) => setElectionFlag(input),
    audit: ({ input }) => ({
      action: `${input.target}.${input.op}`,
      targetType: input.target,
      targetId: input.id,
    }),
    revalidate: ({ input }) => [`/admin/nominations/${input.electionId}/`],
  }),
);

export const linkNomineeAction = defineAction({
  name: "admin.nominations.link",
  gate,
  denied,
  schema: linkFormSchema,
  handler: ({ input }) => linkNominee(input),
  audit: ({ input }) => ({
    action: "nomination.linked",
    targetType: "nomination",
    targetId: input.id,
    detail: { username: input.username },
  }),
  revalidate: ({ input }) => [`/admin/nominations/${input.electionId}/`],
  done: (): FormState => ({ done: "Linked." }),
});
