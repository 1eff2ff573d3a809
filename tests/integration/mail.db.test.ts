import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createMailer, devMailBlock } from "@/lib/platform/mail";
import { listOutbox } from "@/lib/mailing/data";
import { upsertEmailTemplate } from "@/lib/mailing/mutations";
import { renderMailTemplate } from "@/lib/mailing/utils";
import { SmtpSink } from "@/tests/support/smtp-server";

// Real SMTP: an in-process smtp-server receives what nodemailer sends, and mailparser reads it.
const sink = new SmtpSink();
const received = sink.received;
let smtpUrl = "";

beforeAll(async () => {
  await sink.start();
  smtpUrl = sink.url;
});
afterAll(async () => {
  await sink.stop();
  await db.$disconnect();
});
beforeEach(async () => {
  received.length = 0;
  sink.rejectRecipients = false;
  await db.emailLog.deleteMany({});
});

describe("mail through SMTP", () => {
  it("sends a stored template with the right headers and both parts, and logs it as sent", async () => {
    await upsertEmailTemplate({
      internalName: "job-approved",
      subject: "Your job posting {{ title }} is live",
      content:
        "Hello {{ name }},\n\nYour posting {{ title }} is now on the job board.\n\nThe Python job board team",
    });
    const template = await db.emailTemplate.findUniqueOrThrow({ where: { internalName: "job-approved" } });
    const rendered = await renderMailTemplate(template, { name: "Ada <admin>", title: "Data engineer" });
    const mailer = createMailer({ smtpUrl, from: "Python Jobs <jobs@python.example>" });
    const { id, status } = await mailer.send({
      to: "Ada Lovelace <ada@example.org>",
      replyTo: "jobs-help@python.example",
      templateId: template.id,
      ...rendered,
    });
    expect(status).toBe("sent");
    expect(received).toHaveLength(1);
    const { mail, envelopeTo } = received[0]!;
    expect(envelopeTo).toEqual(["ada@example.org"]);
    expect(mail.subject).toBe("Your job posting Data engineer is live");
    expect(mail.from?.text).toBe('"Python Jobs" <jobs@python.example>');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]!.address : "").toBe("ada@example.org");
    expect(mail.replyTo?.value[0]!.address).toBe("jobs-help@python.example");
    expect(mail.text).toContain("Hello Ada <admin>,");
    expect(mail.html).toContain("Hello Ada &lt;admin&gt;,");
    const row = await db.emailLog.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", attempts: 1, templateId: template.id, error: null });
    expect(row.messageId).toBeTruthy();
  });

  it("a subject or display name carrying \\r\\nBcc: adds no header and no recipient (AC-EMAIL-2)", async () => {
    const mailer = createMailer({ smtpUrl });
    await mailer.send({
      to: "Eve\r\nBcc: thief@evil.example <eve@example.org>",
      subject: "Hello\r\nBcc: thief@evil.example",
      text: "body",
    });
    const { mail, envelopeTo, raw } = received[0]!;
    expect(envelopeTo).toEqual(["eve@example.org"]);
    expect(mail.headers.has("bcc")).toBe(false);
    expect(raw).not.toMatch(/^bcc:/im);
    expect(mail.subject).toBe("Hello Bcc: thief@evil.example");
  });

  it("refuses an invalid address before logging anything", async () => {
    await expect(
      createMailer({ smtpUrl }).send({ to: "not-an-address", subject: "x", text: "y" }),
    ).rejects.toThrow(/Not a valid email address/);
    expect(await db.emailLog.count()).toBe(0);
  });

  it("records a failed delivery, and retryFailed sends it later", async () => {
    sink.rejectRecipients = true;
    const mailer = createMailer({ smtpUrl });
    const { id, status } = await mailer.send({ to: "bob@example.org", subject: "Reminder", text: "Hi" });
    expect(status).toBe("failed");
    expect(await db.emailLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "failed",
      attempts: 1,
      error: expect.stringContaining("mailbox unavailable"),
    });
    sink.rejectRecipients = false;
    expect(await mailer.retryFailed()).toEqual({ sent: 1, failed: 0 });
    expect(await db.emailLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      error: null,
    });
    expect(received).toHaveLength(1);
  });
});

describe("mail without SMTP", () => {
  it("keeps the single-use link of an account mail out of the stored copy once it is sent", async () => {
    const mailer = createMailer({ smtpUrl });
    const link = "https://www.python.org/accounts/password/reset/key/AbC-123_xyzXYZ0987654321abcdefABCDEF01234/";
    const sent = await mailer.send({ to: "reset@example.org", subject: "Reset", text: `Follow ${link} soon.` });
    expect(sent.status).toBe("sent");
    expect(received[0]!.mail.text).toContain(link);
    const row = await db.emailLog.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.text).toBe(
      "Follow https://www.python.org/accounts/password/reset/key/[single-use secret removed]/ soon.",
    );
  });

  it("keeps the message in the stored outbox, readable by staff", async () => {
    const { status } = await createMailer({}).send({
      to: "carol@example.org",
      subject: "Welcome",
      text: "Hello Carol",
    });
    expect(status).toBe("outbox");
    const outbox = await listOutbox();
    expect(outbox.total).toBe(1);
    expect(outbox.rows[0]).toMatchObject({
      subject: "Welcome",
      toAddrs: ["carol@example.org"],
      text: "Hello Carol",
    });
    expect(received).toHaveLength(0);
  });
});

describe("the terminal copy in development (no SMTP_URL)", () => {
  it("shows the recipient, a one-line subject and the whole text, link included", () => {
    const block = devMailBlock(7, ["dana@example.org"], {
      subject: "Confirm\r\nBcc: x@example.org",
      text: "Open https://localhost:3000/accounts/confirm-email/abc123/ to confirm.\n\n",
    });
    expect(block).toContain("Mail #7 is in the outbox");
    expect(block).toContain("To: dana@example.org");
    expect(block).toContain("Subject: Confirm Bcc: x@example.org\n");
    expect(block).toContain("https://localhost:3000/accounts/confirm-email/abc123/ to confirm.\n---");
  });
});

describe("template sandbox", () => {
  it("cannot read files and escapes variables in the HTML part", async () => {
    await expect(
      renderMailTemplate({ subject: "Hi", content: "{% include '/etc/passwd' %}" }, {}),
    ).rejects.toThrow(/Failed to lookup/);
    const ok = await renderMailTemplate(
      { subject: "Hi {{ n }}", content: "<b>{{ n }}</b>" },
      { n: "<i>x</i>" },
    );
    expect(ok.html).toBe("<p>&#60;b&#62;&lt;i&gt;x&lt;/i&gt;&#60;/b&#62;</p>");
  });
});
