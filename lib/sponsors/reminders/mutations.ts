import "server-only";
import { db } from "@/lib/platform/db";
import { sendMail, type MailMessage } from "@/lib/platform/mail";
import { REQUIRED_ASSET_KINDS } from "@/lib/sponsors/constants";
import { assetReminderSubject, reminderDay } from "./utils";

/**
 * check_sponsorship_assets_due_date (§4.2): every sponsorship with a required asset due exactly
 * `numDays` from today gets AssetCloseToDueDateNotificationToSponsors, to the submitter and the
 * contacts whose address is a verified account's. Each asset is stamped with today before the
 * mail goes, so a second run the same day (the cron, or staff by hand) sends nothing again.
 */
export async function sendAssetDueReminders(
  siteUrl: string,
  numDays = 7,
  now = new Date(),
  send: (m: MailMessage) => Promise<unknown> = sendMail,
) {
  const today = reminderDay(now, 0);
  const due = reminderDay(now, numDays);
  const features = await db.benefitFeature.findMany({
    where: { kind: { in: [...REQUIRED_ASSET_KINDS] }, dueDate: due },
    select: { sponsorBenefit: { select: { sponsorshipId: true } } },
  });
  const sponsorshipIds = [...new Set(features.map((f) => f.sponsorBenefit.sponsorshipId))].sort(
    (a, b) => a - b,
  );
  let sent = 0;
  for (const id of sponsorshipIds) {
    const claimed = await db.benefitFeature.updateMany({
      where: {
        kind: { in: [...REQUIRED_ASSET_KINDS] },
        dueDate: due,
        sponsorBenefit: { sponsorshipId: id },
        OR: [{ reminderSentOn: null }, { reminderSentOn: { not: today } }],
      },
      data: { reminderSentOn: today },
    });
    if (claimed.count === 0) continue;
    const s = await db.sponsorship.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        submittedBy: { select: { email: true } },
        sponsor: {
          select: {
            name: true,
            contacts: { select: { email: true, user: { select: { email: true, emailVerified: true } } } },
          },
        },
        benefits: {
          select: {
            name: true,
            features: {
              where: { kind: { in: [...REQUIRED_ASSET_KINDS] } },
              select: { label: true, internalName: true, dueDate: true },
            },
          },
        },
      },
    });
    const emails = [
      ...(s.submittedBy ? [s.submittedBy.email] : []),
      ...(s.sponsor?.contacts ?? [])
        .filter((c) => c.user?.emailVerified && c.user.email.toLowerCase() === c.email.toLowerCase())
        .map((c) => c.email),
    ];
    const to = [...new Map(emails.map((e) => [e.toLowerCase(), e])).values()];
    if (!to.length) continue;
    const assets = s.benefits.flatMap((b) =>
      b.features.map(
        (f) =>
          `- ${f.label || f.internalName} (${b.name})${f.dueDate ? `, due ${f.dueDate.toISOString().slice(0, 10)}` : ""}`,
      ),
    );
    await send({
      to,
      subject: assetReminderSubject(numDays),
      text: `Hello ${s.sponsor?.name ?? "sponsor"},\n\nSome of the assets your sponsorship asks for are due on ${due.toISOString().slice(0, 10)}, in ${numDays} days:\n\n${assets.join("\n")}\n\nPlease provide them here: ${siteUrl.replace(/\/$/, "")}/users/sponsorships/${s.id}/\n\nThe Python Software Foundation`,
    });
    sent++;
  }
  return { due: sponsorshipIds.length, sent };
}
