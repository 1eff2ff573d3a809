/** Who may edit stored mail templates (mailing BaseEmailTemplate admin): staff, superusers, or mailing.edit. */
import { has, type Who } from "@/lib/users/permissions";

export const mailingPermissions = { edit: "mailing.edit" } as const;

export const canEditMailTemplates = (who: Who) => has(who, mailingPermissions.edit);
