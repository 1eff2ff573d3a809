"use server";

import { defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { adminUpdateMembership } from "@/lib/membership/mutations";
import { membershipSection } from "./constants";
import { memberFormSchema } from "./schema";

export const saveMemberAction = defineAction({
  name: "admin.membership",
  gate: adminGate(membershipSection.allowed),
  denied: "You may not edit PSF memberships.",
  schema: memberFormSchema,
  handler: ({ input: { id, input } }) => adminUpdateMembership(id, input),
  audit: ({ input }) => ({
    action: "membership.admin_updated",
    targetType: "membership",
    targetId: input.id,
    detail: { membershipType: input.input.membershipType, votes: input.input.votes },
  }),
  revalidate: ({ input }) => ["/admin/membership/", `/admin/membership/${input.id}/`],
  done: (_r, { values }): FormState => ({ done: "Saved.", values }),
});
