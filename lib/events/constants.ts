/** Cache tag of the calendars and events (apps/events). */
export const eventsTags = { events: "events" } as const;

/** Where submissions are announced (apps/events EventSubmit mails events@python.org). */
export const EVENTS_MAILBOX = "events@python.org";

/** The submission form's recurrence choices (frequency codes as RecurringRule.frequency). */
export const SUBMIT_RECURRENCE = { none: null, weekly: 2, monthly: 1 } as const;

/** Common zones offered first in the submission form; any IANA name is accepted. */
export const COMMON_ZONES = [
  "UTC",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Amsterdam",
  "Africa/Lagos",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
] as const;
