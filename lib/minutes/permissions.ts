/**
 * Who may edit the PSF board minutes (apps/minutes admin.py MinutesAdmin, Django's
 * minutes.change_minutes): staff, superusers, or anyone granted minutes.edit.
 */
import { has, type Who } from "@/lib/users/permissions";

export const minutesPermissions = { edit: "minutes.edit" } as const;

export const canEditMinutes = (who: Who) => has(who, minutesPermissions.edit);
