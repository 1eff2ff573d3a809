/**
 * Who may manage calendars and events (apps/events admin: staff, superusers, events.manage) and
 * who may decide on submitted events (events.moderate, the "Events Moderator" group, or a manager).
 */
import { has, type Who } from "@/lib/users/permissions";

export const eventsPermissions = { manage: "events.manage", moderate: "events.moderate" } as const;

export const canManageEvents = (who: Who) => has(who, eventsPermissions.manage);

export const canModerateEvents = (who: Who) => canManageEvents(who) || has(who, eventsPermissions.moderate);
