/** Cache tag of the calendars and events (apps/events). */
export const eventsTags = { events: "events" } as const;
