/** The mail log's statuses (EmailStatus), in the order the staff mail screen offers them as filters. */
export const MAIL_STATUSES = ["outbox", "sent", "failed", "queued"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
