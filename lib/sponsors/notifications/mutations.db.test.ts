/**
 * §8.4 notifications: a template's context and recipients, SendSponsorshipNotification only to
 * sponsorships with contacts of the chosen types, each send logged; a one-off subject/content;
 * the preview sends nothing; a template that does not parse is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MailMessage } from "@/lib/platform/mail";
import { db } from "@/lib/platform/db";
import {
  previewSponsorshipNotifications,
  saveNotificationTemplate,
  sendSponsorshipNotifications,
} from "./mutations";

const PREFIX = "Notify test ";
const actor = { actorId: null };
const outbox: MailMessage[] = [];
const send = async (m: MailMessage) => void outbox.push(m);
let withAdmin: number;
let withoutAdmin: number;
let templateId: number;

async function drop() {
  await db.sponsor.deleteMany({ where: { name: { startsWith: PREFIX } } });
  await db.sponsorEmailNotificationTemplate.deleteMany({ where: { internalName: { startsWith: PREFIX } } });
}
beforeAll(async () => {
  await drop();
  const make = async (
    name: string,
    contacts: { email: string; primary?: boolean; administrative?: boolean }[],
  ) => {
    const sponsor = await db.sponsor.create({
      data: {
        name: `${PREFIX}${name}`,
        contacts: { create: contacts.map((c) => ({ name: c.email, phone: "1", ...c })) },
      },
    });
    return (
      await db.sponsorship.create({
        data: {
          sponsorId: sponsor.id,
          status: "finalized",
          levelNameOld: "Visionary",
          startDate: new Date(Date.UTC(2041, 0, 1)),
          endDate: new Date(Date.UTC(2041, 11, 31)),
          year: 2041,
        },
      })
    ).id;
  };
  withAdmin = await make("A", [
    { email: "a-primary@example.org", primary: true },
    { email: "a-admin@example.org", administrative: true },
  ]);
  withoutAdmin = await make("B", [{ email: "b-primary@example.org", primary: true }]);
  templateId = await saveNotificationTemplate(
    null,
    {
      internalName: `${PREFIX}reminder`,
      subject: "Hello {{ sponsor_name }}",
      content:
        "{{ sponsor_name }} is a {{ sponsorship_level }} sponsor from {{ sponsorship_start_date }} to {{ sponsorship_end_date }} ({{ sponsorship_status }}).",
    },
    actor,
  );
});
afterAll(drop);

describe("sendSponsorshipNotifications", () => {
  it("mails only the contacts of the chosen types, skips sponsorships without one, and logs each send", async () => {
    outbox.length = 0;
    const r = await sendSponsorshipNotifications(
      [withAdmin, withoutAdmin],
      ["administrative"],
      { templateId },
      actor,
      send,
    );
    expect(r).toEqual({ sent: 1, skipped: 1 });
    expect(outbox).toEqual([
      {
        to: ["a-admin@example.org"],
        subject: `Hello ${PREFIX}A`,
        text: `${PREFIX}A is a Visionary sponsor from 2041-01-01 to 2041-12-31 (finalized).`,
      },
    ]);
    const log = await db.auditLog.findFirstOrThrow({
      where: { action: "sponsors.sponsorship.notified", targetId: String(withAdmin) },
      orderBy: { id: "desc" },
    });
    expect((log.detail as { message: string }).message).toBe(
      `Notification '${PREFIX}reminder' was sent to contacts: administrative`,
    );
  });

  it("a one-off subject and content go to every chosen type; the preview sends nothing", async () => {
    outbox.length = 0;
    const choice = { subject: "One-off for {{ sponsor_name }}", content: "Status {{ sponsorship_status }}" };
    const preview = await previewSponsorshipNotifications(
      [withAdmin, withoutAdmin],
      ["primary", "administrative"],
      choice,
    );
    expect(preview.map((p) => p.to)).toEqual([
      ["a-primary@example.org", "a-admin@example.org"],
      ["b-primary@example.org"],
    ]);
    expect(preview[1]!.subject).toBe(`One-off for ${PREFIX}B`);
    expect(outbox).toHaveLength(0);
    await sendSponsorshipNotifications([withAdmin, withoutAdmin], ["primary"], choice, actor, send);
    expect(outbox.map((m) => m.to)).toEqual([["a-primary@example.org"], ["b-primary@example.org"]]);
  });

  it("refuses a template that does not parse", async () => {
    await expect(
      saveNotificationTemplate(
        null,
        { internalName: `${PREFIX}broken`, subject: "x", content: "{% if %}" },
        actor,
      ),
    ).rejects.toMatchObject({ code: "validation_failed" });
  });
});
