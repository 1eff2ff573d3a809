/** Who may edit boxes (apps/boxes admin): staff, superusers, the content editors' boxes.edit. */
import { has, type Who } from "@/lib/users/permissions";

export const boxesPermissions = { edit: "boxes.edit" } as const;

export const canEditBoxes = (who: Who) => has(who, boxesPermissions.edit);
