/** The contact types and template variables of SponsorEmailNotificationTemplate (§5.1). */
export const CONTACT_TYPES = ["primary", "administrative", "accounting", "manager"] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
export const CONTACT_TYPE_LABELS: Record<ContactType, string> = {
  primary: "Primary",
  administrative: "Administrative",
  accounting: "Accounting",
  manager: "Manager",
};

export const NOTIFICATION_VARIABLES = [
  "sponsor_name",
  "sponsorship_level",
  "sponsorship_start_date",
  "sponsorship_end_date",
  "sponsorship_status",
] as const;

export const NOTIFICATION_MESSAGES = {
  none: "Can not send email without notification or custom content",
  both: "You must select a notification or use custom content, not both",
} as const;
