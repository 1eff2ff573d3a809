/**
 * A real SMTP server in the test's own process (smtp-server), for the db tests of the mail layer:
 * what nodemailer sends arrives in `received`, parsed by mailparser. `start(port)` listens on a
 * fixed port (a test whose SMTP_URL is read before it starts) or a free one; `stop()` closes it,
 * so a test can take the server away and bring it back. The e2e sink is tests/e2e/support/smtp-sink.ts.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { envelopeTo: string[]; raw: string; mail: ParsedMail };

export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Refuse every recipient (RCPT TO answered with an error), as a mailbox that does not exist. */
  rejectRecipients = false;
  port = 0;
  private server: SMTPServer | null = null;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<void> {
    const server = new SMTPServer({
      secure: false,
      disabledCommands: ["STARTTLS"],
      authOptional: true,
      size: 20_000_000,
      onRcptTo: (_address, _session, cb) => cb(this.rejectRecipients ? new Error("mailbox unavailable") : undefined),
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", async () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          this.received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
            mail: await simpleParser(Buffer.concat(chunks)),
          });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/**
 * Names a free port as SMTP_URL before lib/platform/env.ts loads (it reads SMTP_URL once), for a
 * test that starts and stops its SmtpSink on that port. Call it inside `vi.hoisted`:
 * `const smtp = await vi.hoisted(async () => (await import("@/tests/support/smtp-server")).reserveSmtpPort());`
 */
export async function reserveSmtpPort(): Promise<{ port: number }> {
  const { createServer } = await import("node:net");
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return { port };
}
