"use server";

import { defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import { updateFlag } from "@/lib/flags/mutations";
import { flagsSection } from "./constants";
import { flagFormSchema } from "./schema";

export const saveFlagAction = defineAction({
  name: "admin.flags",
  gate: adminGate(flagsSection.allowed),
  denied: "You may not edit feature flags.",
  schema: flagFormSchema,
  handler: ({ input: { id, input } }) => updateFlag(id, input),
  audit: ({ input }, row) => ({
    action: "flag.updated",
    targetType: "flag",
    targetId: row.id,
    detail: { name: row.name, everyone: input.input.everyone },
  }),
  revalidate: ({ input }) => ["/admin/flags/", `/admin/flags/${input.id}/`],
  done: (_row, { values }): FormState => ({ done: "Saved.", values }),
});
