/**
 * The mail log keeps attachments: a message with a file sent while the SMTP server is down is
 * logged as failed with the file in storage, and the retry job (mailing-retry-failed) delivers it
 * with the same file to a real smtp-server once it is back; a file gone from storage fails the
 * retry (never sent without it); the outbox (no SMTP_URL) keeps the files as well.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runJobNow } from "@/inngest/client";
import { db } from "@/lib/platform/db";
import { createMailer, sendMail } from "@/lib/platform/mail";
import { storedBytes } from "@/lib/platform/mail-attachments";
import { storage } from "@/lib/platform/storage";
import { SmtpSink } from "@/tests/support/smtp-server";

// SMTP_URL is read once, when lib/platform/env.ts loads: name a free port before anything imports it.
const smtp = await vi.hoisted(async () => (await import("@/tests/support/smtp-server")).reserveSmtpPort());

const sink = new SmtpSink();
const startSmtp = () => sink.start(smtp.port);
const stopSmtp = () => sink.stop();
const withSubject = (subject: string) => sink.received.filter((m) => m.mail.subject === subject);

// A PDF-looking file with bytes of every value, so any re-encoding on the way would show.
const PDF = new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(50_000)]));
const NAME = "sponsorship-contract-Żółć-Ελληνικά.pdf";
const tag = `mail-attach-${Date.now()}`;

beforeAll(async () => {
  await db.emailLog.updateMany({ where: { status: "failed" }, data: { attempts: 99 } });
});
afterAll(async () => {
  await stopSmtp();
  await db.$disconnect();
});

describe("mail attachments in the log", () => {
  it("a send that fails keeps the file; the retry job delivers it, the same bytes, once", async () => {
    const sent = await sendMail({
      to: "psf-sponsors@python.org",
      subject: `${tag} STATEMENT OF WORK`,
      text: "The contract is attached.",
      attachments: [{ filename: NAME, content: PDF, contentType: "application/pdf" }],
    });
    expect(sent.status).toBe("failed");
    const row = await db.emailLog.findUniqueOrThrow({
      where: { id: sent.id },
      include: { attachments: true },
    });
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.attachments).toEqual([
      expect.objectContaining({
        position: 0,
        filename: NAME,
        contentType: "application/pdf",
        size: PDF.length,
      }),
    ]);
    const key = row.attachments[0]!.storageKey;
    expect(key).toMatch(/^mail\/attachments\/[0-9a-f]{32}-sponsorship-contract-[a-z0-9-]+\.pdf$/);
    expect(Buffer.from((await storedBytes(key))!).equals(Buffer.from(PDF))).toBe(true);

    await startSmtp();
    const { status } = await runJobNow("mailing-retry-failed");
    expect(status).toBe("succeeded");
    const mine = withSubject(`${tag} STATEMENT OF WORK`);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.mail.attachments).toHaveLength(1);
    const got = mine[0]!.mail.attachments[0]!;
    expect(got.filename).toBe(NAME);
    expect(got.contentType).toBe("application/pdf");
    expect(Buffer.from(got.content).equals(Buffer.from(PDF))).toBe(true);
    expect(await db.emailLog.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      status: "sent",
      attempts: 2,
      error: null,
    });

    // Sent: the next run has nothing to do.
    await runJobNow("mailing-retry-failed");
    expect(withSubject(`${tag} STATEMENT OF WORK`)).toHaveLength(1);
  });

  it("a file gone from storage fails the retry with its name; the message is not sent without it", async () => {
    await stopSmtp();
    const sent = await sendMail({
      to: "psf-sponsors@python.org",
      subject: `${tag} lost file`,
      text: "The contract is attached.",
      attachments: [{ filename: "lost.pdf", content: PDF, contentType: "application/pdf" }],
    });
    expect(sent.status).toBe("failed");
    const [att] = await db.emailAttachment.findMany({ where: { emailId: sent.id } });
    await storage().delete(att!.storageKey);
    await startSmtp();
    await runJobNow("mailing-retry-failed");
    expect(withSubject(`${tag} lost file`)).toHaveLength(0);
    const row = await db.emailLog.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.status).toBe("failed");
    expect(row.error).toContain("Attachment lost.pdf is missing from file storage");
  });

  it("the outbox (no SMTP server) keeps the files too, for staff to download", async () => {
    const outbox = createMailer({});
    const kept = await outbox.send({
      to: "psf-sponsors@python.org",
      subject: `${tag} outbox`,
      text: "Two files.",
      attachments: [
        { filename: "a.pdf", content: PDF, contentType: "application/pdf" },
        { filename: "notes.txt", content: new TextEncoder().encode("hello"), contentType: "text/plain" },
      ],
    });
    expect(kept.status).toBe("outbox");
    const rows = await db.emailAttachment.findMany({
      where: { emailId: kept.id },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.position, r.filename, r.size])).toEqual([
      [0, "a.pdf", PDF.length],
      [1, "notes.txt", 5],
    ]);
    expect(new TextDecoder().decode((await storedBytes(rows[1]!.storageKey))!)).toBe("hello");
  });
});
