/**
 * check_sponsorship_assets_due_date (§4.2) against a real SMTP server: a required asset due in
 * N days mails the sponsorship's verified addresses once; a second run the same day sends nothing;
 * an asset due another day, or an unverified contact, gets no mail; and the daily cron itself
 * (sponsors-check-assets-due-date, through the job runner and the site's mailer) run twice on the
 * same day sends each reminder once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runJobNow } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { createMailer } from "@/lib/platform/mail";
import { SmtpSink } from "@/tests/support/smtp-server";
import { sendAssetDueReminders } from "./mutations";
import { reminderDay } from "./utils";

// SMTP_URL (the cron's mailer) is read once, when lib/platform/env.ts loads: name a free port first.
const smtp = await vi.hoisted(async () => (await import("@/tests/support/smtp-server")).reserveSmtpPort());

const sink = new SmtpSink();
const received = sink.received;
let send: ReturnType<typeof createMailer>["send"];
const NAME = "Reminder test sponsor";
const now = new Date();
let sponsorshipId: number;

async function drop() {
  await db.sponsor.deleteMany({ where: { name: NAME } });
  await db.user.deleteMany({ where: { username: { startsWith: "reminder-test-" } } });
}

beforeAll(async () => {
  await sink.start(smtp.port);
  send = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}` }).send;
  await drop();
  const verified = await db.user.create({
    data: { username: "reminder-test-verified", email: "verified@example.org", emailVerified: now },
  });
  const unverified = await db.user.create({
    data: { username: "reminder-test-unverified", email: "unverified@example.org" },
  });
  const sponsor = await db.sponsor.create({
    data: {
      name: NAME,
      contacts: {
        create: [
          { name: "V", email: "verified@example.org", phone: "1", primary: true, userId: verified.id },
          { name: "U", email: "unverified@example.org", phone: "2", userId: unverified.id },
          { name: "N", email: "nouser@example.org", phone: "3" },
        ],
      },
    },
  });
  const sp = await db.sponsorship.create({ data: { sponsorId: sponsor.id, status: "approved", year: 2043 } });
  sponsorshipId = sp.id;
  await db.sponsorBenefit.create({
    data: {
      sponsorshipId: sp.id,
      programName: "Foundation",
      name: "Logo on the sponsors page",
      features: {
        create: [
          {
            kind: "required_img_asset",
            internalName: "reminder_logo",
            label: "Print logo",
            dueDate: reminderDay(now, 7),
          },
          {
            kind: "required_text_asset",
            internalName: "reminder_bio",
            label: "Bio",
            dueDate: reminderDay(now, 8),
          },
        ],
      },
    },
  });
});
afterAll(async () => {
  await drop();
  await sink.stop();
});

describe("sendAssetDueReminders", () => {
  it("mails the verified contacts once a day for the asset due in N days", async () => {
    const first = await sendAssetDueReminders("https://www.python.org", 7, now, send);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const ours = () => received.filter((r) => r.mail.text?.includes(`/users/sponsorships/${sponsorshipId}/`));
    expect(ours()).toHaveLength(1);
    const [mail] = ours();
    expect(mail!.envelopeTo).toEqual(["verified@example.org"]);
    expect(mail!.mail.subject).toBe("[Action Required] PSF Sponsor deadline approaching in 7 days");
    expect(mail!.mail.text).toContain("Print logo (Logo on the sponsors page)");
    const again = await sendAssetDueReminders("https://www.python.org", 7, now, send);
    expect(again.sent).toBe(0);
    expect(ours()).toHaveLength(1);
    const stamped = await db.benefitFeature.findFirstOrThrow({ where: { internalName: "reminder_logo" } });
    expect(stamped.reminderSentOn).toEqual(reminderDay(now, 0));
  });

  it("by hand with another num_days reaches the asset due that day, once", async () => {
    const before = received.length;
    await sendAssetDueReminders("https://www.python.org", 8, now, send);
    await sendAssetDueReminders("https://www.python.org", 8, now, send);
    const ours = received
      .slice(before)
      .filter((r) => r.mail.text?.includes(`/users/sponsorships/${sponsorshipId}/`));
    expect(ours.map((r) => r.mail.subject)).toEqual([
      "[Action Required] PSF Sponsor deadline approaching in 8 days",
    ]);
  });

  it("the next day the same asset is reminded again if it is due then", async () => {
    const tomorrow = new Date(now.getTime() + 86_400_000);
    const before = received.length;
    // Due in 6 days from tomorrow is the asset due in 7 from today.
    await sendAssetDueReminders("https://www.python.org", 6, tomorrow, send);
    const ours = received
      .slice(before)
      .filter((r) => r.mail.text?.includes(`/users/sponsorships/${sponsorshipId}/`));
    expect(ours).toHaveLength(1);
  });
});

describe("the daily cron", () => {
  it("sponsors-check-assets-due-date run twice on the same day sends each reminder once", async () => {
    await db.sponsorBenefit.create({
      data: {
        sponsorshipId,
        programName: "Foundation",
        name: "Cron benefit",
        features: {
          create: [
            {
              kind: "required_text_asset",
              internalName: "reminder_cron",
              label: "Cron slogan",
              dueDate: reminderDay(now, 7),
            },
          ],
        },
      },
    });
    const before = received.length;
    for (let run = 0; run < 2; run++)
      expect((await runJobNow("sponsors-check-assets-due-date")).status).toBe("succeeded");
    const ours = received.slice(before).filter((r) => r.mail.text?.includes("Cron slogan (Cron benefit)"));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.envelopeTo).toEqual(["verified@example.org"]);
    expect(ours[0]!.mail.subject).toBe("[Action Required] PSF Sponsor deadline approaching in 7 days");
  });
});
