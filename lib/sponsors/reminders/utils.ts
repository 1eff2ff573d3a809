/** AssetCloseToDueDateNotificationToSponsors' subject (§4.2). */
export const assetReminderSubject = (days: number) =>
  `[Action Required] PSF Sponsor deadline approaching in ${days} days`;

/** The UTC calendar day `days` after now's (due dates are DATE columns). */
export function reminderDay(now: Date, days: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}
