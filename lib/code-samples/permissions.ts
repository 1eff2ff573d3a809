/**
 * Who may edit the home page's code samples (apps/codesamples admin.py: a ContentManageable
 * ModelAdmin, so Django's codesamples.change_codesample): staff, superusers, or anyone granted
 * codesamples.edit (the "Content Editor" group).
 */
import { has, type Who } from "@/lib/users/permissions";

export const codeSamplesPermissions = { edit: "codesamples.edit" } as const;

export const canEditCodeSamples = (who: Who) => has(who, codeSamplesPermissions.edit);
