"use server";

import { z } from "zod";
import { asFormAction, defineAction, type FormState } from "@/lib/actions";
import { adminGate } from "@/lib/admin/permissions";
import {
  deleteBenefit,
  deleteClause,
  deleteFeatureConfig,
  deletePackage,
  deleteProgram,
  saveBenefit,
  saveClause,
  saveFeatureConfig,
  savePackage,
  saveProgram,
} from "@/lib/sponsors/catalog/mutations";
import { storeSharedFile } from "@/lib/sponsors/catalog/services";
import { updateRelatedSponsorships } from "@/lib/sponsors/sponsorship/mutations";
import { many } from "@/lib/platform/forms";
import { benefitsSection, clausesSection, packagesSection, programsSection } from "./constants";
import {
  benefitFormSchema,
  clauseFormSchema,
  featureFormSchema,
  featureRefSchema,
  packageFormSchema,
  programFormSchema,
  refSchema,
} from "./schema";

/** Every configuration action authorizes here, whatever the page showed (one permission, as the sponsorships). */
const gate = adminGate(programsSection.allowed);
const denied = "You may not manage sponsorships.";

/** The save/delete pair of one configuration model, audited as `sponsors.<model>.<created|updated|deleted>`. */
function crud<I>(
  model: string,
  href: string,
  label: string,
  schema: z.ZodType<{ id?: number; input: I }>,
  save: (id: number | undefined, input: I) => Promise<{ id: number }>,
  remove: (id: number) => Promise<void>,
) {
  const saveAction = defineAction({
    name: `admin.sponsors.${model}`,
    gate,
    denied,
    schema,
    handler: ({ input: { id, input } }) => save(id, input),
    audit: ({ input }, row) => ({
      action: `sponsors.${model}.${input.id ? "updated" : "created"}`,
      targetType: model,
      targetId: row.id,
    }),
    revalidate: ({ input }) => [href, ...(input.id ? [`${href}${input.id}/`] : [])],
    done: (row, { input, values }): FormState =>
      input.id ? { done: "Saved.", values } : { done: `${label} added.`, redirectTo: `${href}${row.id}/` },
  });
  const deleteAction = asFormAction(
    defineAction({
      name: `admin.sponsors.${model}.delete`,
      gate,
      schema: refSchema,
      handler: ({ input }) => remove(input.id),
      audit: ({ input }) => ({ action: `sponsors.${model}.deleted`, targetType: model, targetId: input.id }),
      revalidate: () => [href],
    }),
  );
  return [saveAction, deleteAction] as const;
}

const programs = crud(
  "program",
  programsSection.href,
  "Program",
  programFormSchema,
  saveProgram,
  deleteProgram,
);
export const saveProgramAction = programs[0];
export const deleteProgramAction = programs[1];

const packages = crud(
  "package",
  packagesSection.href,
  "Package",
  packageFormSchema,
  savePackage,
  deletePackage,
);
export const savePackageAction = packages[0];
export const deletePackageAction = packages[1];

const clauses = crud(
  "legal_clause",
  clausesSection.href,
  "Legal clause",
  clauseFormSchema,
  saveClause,
  deleteClause,
);
export const saveClauseAction = clauses[0];
export const deleteClauseAction = clauses[1];

const benefits = crud(
  "benefit",
  benefitsSection.href,
  "Benefit",
  benefitFormSchema,
  saveBenefit,
  deleteBenefit,
);
export const saveBenefitAction = benefits[0];
export const deleteBenefitAction = benefits[1];

/** One feature configuration of a benefit (the polymorphic inline): add or change, with a provided file. */
export const saveFeatureConfigAction = defineAction({
  name: "admin.sponsors.feature_config",
  gate,
  denied,
  schema: featureFormSchema,
  handler: async ({ input: { benefitId, id, input }, raw }) => {
    const file = raw.sharedFile;
    const sharedFile =
      input.kind === "provided_file_asset" && file instanceof File && file.size > 0
        ? await storeSharedFile(file)
        : undefined;
    return saveFeatureConfig(benefitId, id, input, sharedFile);
  },
  audit: ({ input }, row) => ({
    action: `sponsors.feature_config.${input.id ? "updated" : "created"}`,
    targetType: "benefitfeatureconfiguration",
    targetId: row.id,
    detail: { benefitId: input.benefitId, kind: input.input.kind },
  }),
  revalidate: ({ input }) => [`${benefitsSection.href}${input.benefitId}/`],
  done: (_row, { input, values }): FormState =>
    input.id ? { done: "Saved.", values } : { done: "Configuration added." },
});

export const deleteFeatureConfigAction = asFormAction(
  defineAction({
    name: "admin.sponsors.feature_config.delete",
    gate,
    schema: featureRefSchema,
    handler: ({ input }) => deleteFeatureConfig(input.benefitId, input.id),
    audit: ({ input }) => ({
      action: "sponsors.feature_config.deleted",
      targetType: "benefitfeatureconfiguration",
      targetId: input.id,
      detail: { benefitId: input.benefitId },
    }),
    revalidate: ({ input }) => [`${benefitsSection.href}${input.benefitId}/`],
  }),
);

/** views_admin.update_related_sponsorships: re-copy the benefit onto the chosen sponsorships. */
export const updateRelatedSponsorshipsAction = defineAction({
  name: "admin.sponsors.benefit.update_related",
  gate,
  denied,
  schema: z.object({
    benefitId: z.coerce.number().int().positive(),
    sponsorshipIds: many(z.coerce.number().int().positive()).pipe(
      z.array(z.number()).min(1, "Select at least one sponsorship."),
    ),
  }),
  handler: async ({ input, principal, origin }) => {
    const n = await updateRelatedSponsorships(input.benefitId, input.sponsorshipIds, {
      actorId: principal.userId,
      origin,
    });
    return { done: `${n} related sponsorships updated!` };
  },
  revalidate: ({ input }) => [`${benefitsSection.href}${input.benefitId}/`, "/admin/sponsors/"],
});
