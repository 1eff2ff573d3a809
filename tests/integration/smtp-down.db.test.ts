/**
 * Issue 22, Build 6: SMTP down. The flow that sends the mail completes anyway, and the message
 * waits in the mail log as failed with its attempt recorded; the outbox retry (the
 * mailing-retry-failed function, run as `npm run job` runs it and as Inngest serves it) delivers
 * it once the server is back, and a later run sends nothing twice. A real SMTP server
 * (smtp-server, in process) is started, stopped and started again on the port SMTP_URL names;
 * the flow is the password reset, through its mutation, against the test database. A frozen
 * server (it accepts the connection and never greets) costs the flow the greeting timeout, 3 s,
 * not nodemailer's default 30 s.
 */
import { createServer, type Server, type Socket } from "node:net";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runJobNow } from "@/inngest/client";
import { retryFailedMailJob } from "@/inngest/functions/mailing";
import { db } from "@/lib/platform/db";
import { withSmtpTimeouts } from "@/lib/platform/mail";
import { resetPassword, requestPasswordReset } from "@/lib/users/accounts/mutations";
import { SmtpSink } from "@/tests/support/smtp-server";

// SMTP_URL is read once, when lib/platform/env.ts loads: name a free port before anything imports it.
const smtp = await vi.hoisted(async () => (await import("@/tests/support/smtp-server")).reserveSmtpPort());

const sink = new SmtpSink();
const received = sink.received;
const startSmtp = () => sink.start(smtp.port);
const stopSmtp = () => sink.stop();

/** Nothing answers on the port: the connection is refused. */
async function portIsClosed(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().once("error", () => resolve(false));
    probe.listen(smtp.port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** Accepts connections on the port and never says a word, like a server stopped with SIGSTOP. */
async function freezeSmtp(): Promise<() => Promise<void>> {
  const sockets: Socket[] = [];
  const frozen: Server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => frozen.listen(smtp.port, "127.0.0.1", resolve));
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      frozen.close(() => resolve());
    });
}

const stamp = Date.now();
const email = `smtp-down-${stamp}@example.org`;
const frozenEmail = `smtp-frozen-${stamp}@example.org`;
const addresses = [email, frozenEmail];
let userId = 0;
const resetLink = /\/accounts\/password\/reset\/key\/([A-Za-z0-9_-]+)\//;

beforeAll(async () => {
  await db.emailLog.deleteMany({});
  userId = (await db.user.create({ data: { username: `smtp-down-${stamp}`, email }, select: { id: true } }))
    .id;
  await db.user.create({ data: { username: `smtp-frozen-${stamp}`, email: frozenEmail } });
});

afterAll(async () => {
  await stopSmtp();
  await db.user.deleteMany({ where: { email: { in: addresses } } });
  await db.emailLog.deleteMany({ where: { toAddrs: { hasSome: addresses } } });
  await db.$disconnect();
});

describe("SMTP down", () => {
  it("the password reset completes while SMTP is stopped; the mail is logged as failed with one attempt", async () => {
    await startSmtp();
    await stopSmtp();
    expect(await portIsClosed()).toBe(true);

    const t0 = Date.now();
    await expect(requestPasswordReset(email)).resolves.toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(5000);
    const row = await db.emailLog.findFirstOrThrow({ where: { toAddrs: { has: email } } });
    expect(row).toMatchObject({ status: "failed", attempts: 1, sentAt: null });
    expect(row.error).toMatch(/ECONNREFUSED/);
    // The stored copy keeps the link until it is sent: the retry needs it.
    expect(row.text).toMatch(resetLink);
    expect(await db.userToken.count({ where: { userId, purpose: "password_reset" } })).toBe(1);
  });

  it("a frozen server costs the flow the greeting timeout, not a hang; the mail is logged as failed", async () => {
    const thaw = await freezeSmtp();
    try {
      const t0 = Date.now();
      await expect(requestPasswordReset(frozenEmail)).resolves.toBeUndefined();
      expect(Date.now() - t0).toBeLessThan(5000);
    } finally {
      await thaw();
    }
    const row = await db.emailLog.findFirstOrThrow({ where: { toAddrs: { has: frozenEmail } } });
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.error).toMatch(/Greeting never received/);
  });

  it("a retry while SMTP is still down records another attempt and sends nothing", async () => {
    const { status } = await runJobNow("mailing-retry-failed");
    expect(status).toBe("succeeded");
    const rows = await db.emailLog.findMany({ where: { toAddrs: { hasSome: addresses } } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["failed", 2],
      ["failed", 2],
    ]);
    expect(received).toHaveLength(0);
  });

  it("once SMTP is back, the retry delivers the mail, marks it sent, and its link resets the password", async () => {
    await startSmtp();
    const engine = new InngestTestEngine({ function: retryFailedMailJob.fn as never });
    const { result } = await engine.execute();
    expect(result).toEqual({ sent: 2, failed: 0 });
    expect(received.map((m) => m.envelopeTo).sort()).toEqual([[email], [frozenEmail]].sort());
    const row = await db.emailLog.findFirstOrThrow({ where: { toAddrs: { has: email } } });
    expect(row).toMatchObject({ status: "sent", attempts: 3, error: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.text).not.toMatch(resetLink); // sent: the stored copy loses the secret
    const mail = received.find((m) => m.envelopeTo[0] === email);
    const token = resetLink.exec(mail?.mail.text ?? "")?.[1] ?? "";
    expect(await resetPassword(token, "a brand new passphrase")).toBe(true);
  });

  it("another run of the retry sends nothing twice", async () => {
    const { status } = await runJobNow("mailing-retry-failed");
    expect(status).toBe("succeeded");
    expect(await new InngestTestEngine({ function: retryFailedMailJob.fn as never }).execute()).toMatchObject(
      { result: { sent: 0, failed: 0 } },
    );
    expect(received).toHaveLength(2);
    expect(await db.emailLog.count({ where: { toAddrs: { hasSome: addresses } } })).toBe(2);
  });
});

describe("SMTP timeouts", () => {
  it("are added to SMTP_URL as nodemailer's query parameters; the URL's own win, credentials untouched", () => {
    expect(withSmtpTimeouts("smtp://127.0.0.1:25")).toBe(
      "smtp://127.0.0.1:25?connectionTimeout=3000&greetingTimeout=3000&socketTimeout=10000",
    );
    expect(withSmtpTimeouts("smtp://u:p%40ss@mail.example:587?greetingTimeout=9000")).toBe(
      "smtp://u:p%40ss@mail.example:587?greetingTimeout=9000&connectionTimeout=3000&socketTimeout=10000",
    );
  });
});
