/** Who may moderate and edit success stories (apps/successstories admin): staff, superusers, successstories.edit. */
import { has, type Who } from "@/lib/users/permissions";

export const successStoriesPermissions = { edit: "successstories.edit" } as const;

export const canEditStories = (who: Who) => has(who, successStoriesPermissions.edit);
