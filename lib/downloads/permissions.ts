/** Who may manage releases, files, operating systems and keys: staff, superusers, downloads.manage. */
import { has, type Who } from "@/lib/users/permissions";

export const downloadsPermissions = { manage: "downloads.manage" } as const;

export const canManageDownloads = (who: Who) => has(who, downloadsPermissions.manage);
