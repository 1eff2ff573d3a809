/** Who may manage calendars and events (apps/events admin): staff, superusers, events.manage. */
import { has, type Who } from "@/lib/users/permissions";

export const eventsPermissions = { manage: "events.manage" } as const;

export const canManageEvents = (who: Who) => has(who, eventsPermissions.manage);
