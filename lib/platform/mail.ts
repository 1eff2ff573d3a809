/**
 * Outgoing mail. Every message is logged in EmailLog before anything is sent, then sent with
 * nodemailer when SMTP_URL is set (status sent | failed, with attempts and the error) or kept in
 * the stored outbox that staff read (status outbox). Attachments are kept in file storage with
 * the log (mail-attachments.ts), so a retry sends them again. Names and subjects cannot add
 * headers: CR, LF and other control characters are removed and addresses are validated.
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import { db } from "./db";
import { env } from "./env";
import { log } from "./log";
import { loadMailAttachments, storeMailAttachments, type MailAttachment } from "./mail-attachments";

const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** One line of header text: control characters (CR, LF, tab, NUL...) become a space. */
export function toHeaderText(value: string): string {
  return value
    .replace(CONTROL, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

const address = z.email().max(320);
/** "Display Name <user@example.org>" or a bare address; the name is reduced to header text. */
const mailbox = z
  .string()
  .max(1000)
  .transform((v, ctx) => {
    const m = /^(.*)<([^<>]+)>\s*$/s.exec(v);
    const email = (m ? m[2]! : v).trim();
    if (!address.safeParse(email).success) {
      ctx.addIssue({ code: "custom", message: `Not a valid email address: ${email.slice(0, 80)}` });
      return z.NEVER;
    }
    const name = m ? toHeaderText(m[1]!.replace(/^\s*"|"\s*$/g, "")) : "";
    return name ? { name, address: email } : { name: "", address: email };
  });

export const mailMessageSchema = z.object({
  to: z.union([mailbox, z.array(mailbox).min(1).max(50)]),
  from: mailbox.optional(),
  replyTo: mailbox.optional(),
  subject: z.string().max(998).transform(toHeaderText),
  text: z.string().max(1_000_000),
  html: z.string().max(2_000_000).optional(),
  templateId: z.number().int().optional(),
  /** Files sent with the message, kept in file storage with the log so a retry sends them too. */
  attachments: z
    .array(
      z.object({
        filename: z.string().min(1).max(255).transform(toHeaderText),
        content: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "Attachment content must be bytes."),
        contentType: z.string().max(255),
      }),
    )
    .max(10)
    .optional(),
});
export type MailMessage = z.input<typeof mailMessageSchema>;

type Box = { name: string; address: string };
const format = (b: Box) => (b.name ? `${b.name} <${b.address}>` : b.address);

/**
 * How long a send waits for an SMTP server that accepts the connection but does not answer (a
 * frozen server): nodemailer's own defaults are 2 minutes to connect, 30 s for the greeting and
 * 10 minutes of silence, and the request that sends (a sign-up, a reset) would wait as long.
 * After these the message is logged as failed and the retry job sends it later. SMTP_URL may set
 * its own (`?greetingTimeout=10000`), which win.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 3000, greetingTimeout: 3000, socketTimeout: 10_000 };

/** The URL with the timeouts it does not set itself, as nodemailer reads them (query parameters). */
export function withSmtpTimeouts(smtpUrl: string): string {
  const given = new URL(smtpUrl).searchParams;
  const extra = Object.entries(SMTP_TIMEOUTS)
    .filter(([name]) => !given.has(name))
    .map(([name, ms]) => `${name}=${ms}`);
  if (!extra.length) return smtpUrl;
  // Appended as text, not re-serialised through URL, so the credentials stay exactly as written.
  return `${smtpUrl}${smtpUrl.includes("?") ? "&" : "?"}${extra.join("&")}`;
}

const transports = new Map<string, Transporter>();
function transportFor(smtpUrl: string): Transporter {
  let t = transports.get(smtpUrl);
  if (!t) {
    t = nodemailer.createTransport(withSmtpTimeouts(smtpUrl));
    transports.set(smtpUrl, t);
  }
  return t;
}

/**
 * Account links carry single-use secrets (sign-up confirmation, password reset, email change).
 * The mail log keeps a copy of every message, so once a message is sent its stored copy loses
 * them, and staff reading the outbox see them masked (lib/site/admin/loaders.ts loadOutbox).
 */
const SECRET_LINK = /(\/accounts\/(?:confirm-email|password\/reset\/key|email\/confirm)\/)[A-Za-z0-9_-]+/g;
export const REDACTED_SECRET = "[single-use secret removed]";
export const redactSecretLinks = (text: string) => text.replace(SECRET_LINK, `$1${REDACTED_SECRET}`);

export type Mailer = {
  send: (message: MailMessage) => Promise<{ id: number; status: "sent" | "failed" | "outbox" }>;
  retryFailed: (opts?: { maxAttempts?: number; limit?: number }) => Promise<{ sent: number; failed: number }>;
};

/** The terminal copy of an outbox message in development (no SMTP_URL). */
export function devMailBlock(id: number, to: string[], m: { subject: string; text: string }): string {
  const rule = "-".repeat(72);
  return [
    "",
    rule,
    `Mail #${id} is in the outbox (no SMTP_URL set); staff also see it at /admin/mail/`,
    `To: ${to.join(", ")}`,
    `Subject: ${toHeaderText(m.subject)}`,
    "",
    m.text.trimEnd(),
    rule,
    "",
  ].join("\n");
}

/** A mailer for one SMTP server (or the outbox when smtpUrl is undefined). */
export function createMailer(opts: { smtpUrl?: string; from?: string } = {}): Mailer {
  const from = mailbox.parse(opts.from ?? env.MAIL_FROM);

  /** Sends a logged message: with the files given (the first send) or those stored with it (a retry). */
  async function deliver(id: number, given?: readonly MailAttachment[]): Promise<"sent" | "failed"> {
    const row = await db.emailLog.findUniqueOrThrow({ where: { id } });
    try {
      const attachments = given ?? (await loadMailAttachments(id));
      const info = await transportFor(opts.smtpUrl!).sendMail({
        from: row.fromAddr,
        to: row.toAddrs,
        ...(row.replyTo ? { replyTo: row.replyTo } : {}),
        subject: toHeaderText(row.subject),
        text: row.text,
        ...(row.html ? { html: row.html } : {}),
        ...(attachments.length
          ? { attachments: attachments.map((a) => ({ ...a, content: Buffer.from(a.content) })) }
          : {}),
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      await db.emailLog.update({
        where: { id },
        data: {
          status: "sent",
          attempts: { increment: 1 },
          error: null,
          messageId: info.messageId,
          sentAt: new Date(),
          text: redactSecretLinks(row.text),
          ...(row.html ? { html: redactSecretLinks(row.html) } : {}),
        },
      });
      log.info({ emailId: id }, "mail sent");
      return "sent";
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await db.emailLog.update({
        where: { id },
        data: { status: "failed", attempts: { increment: 1 }, error: message.slice(0, 2000) },
      });
      log.warn({ emailId: id, error: message }, "mail failed");
      return "failed";
    }
  }

  return {
    async send(message) {
      const m = mailMessageSchema.parse(message);
      const to = (Array.isArray(m.to) ? m.to : [m.to]).map(format);
      const files = m.attachments ?? [];
      const stored = files.length ? await storeMailAttachments(files) : [];
      const row = await db.emailLog.create({
        data: {
          fromAddr: format(m.from ?? from),
          toAddrs: to,
          replyTo: m.replyTo ? format(m.replyTo) : null,
          subject: m.subject,
          text: m.text,
          html: m.html ?? null,
          templateId: m.templateId ?? null,
          status: opts.smtpUrl ? "queued" : "outbox",
          ...(stored.length ? { attachments: { create: stored } } : {}),
        },
        select: { id: true },
      });
      if (!opts.smtpUrl) {
        log.info({ emailId: row.id }, "mail stored in the outbox (no SMTP_URL)");
        // `npm run dev` on embedded defaults has no mail server: show the message where the person
        // trying the site looks, the terminal, so a confirmation or reset link can be followed.
        // Never in production, where the outbox may hold other people's secret links.
        if (env.NODE_ENV === "development") process.stderr.write(devMailBlock(row.id, to, m));
        return { id: row.id, status: "outbox" };
      }
      return { id: row.id, status: await deliver(row.id, files) };
    },

    async retryFailed({ maxAttempts = 5, limit = 100 } = {}) {
      if (!opts.smtpUrl) return { sent: 0, failed: 0 };
      const rows = await db.emailLog.findMany({
        where: { status: "failed", attempts: { lt: maxAttempts } },
        select: { id: true },
        orderBy: { createdAt: "asc" },
        take: limit,
      });
      let sent = 0;
      let failed = 0;
      for (const r of rows) {
        // Claim the row, so two workers never send the same message twice.
        const claim = await db.emailLog.updateMany({
          where: { id: r.id, status: "failed" },
          data: { status: "queued" },
        });
        if (claim.count === 0) continue;
        if ((await deliver(r.id)) === "sent") sent++;
        else failed++;
      }
      return { sent, failed };
    },
  };
}

let defaultMailer: Mailer | null = null;
const getMailer = () => (defaultMailer ??= createMailer({ smtpUrl: env.SMTP_URL }));

export const sendMail = (message: MailMessage) => getMailer().send(message);
export const retryFailedMail = (opts: { maxAttempts?: number; limit?: number } = {}) =>
  getMailer().retryFailed(opts);
