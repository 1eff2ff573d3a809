/**
 * The mailbox of the end-to-end run: a real SMTP server (smtp-server) that the app under test
 * sends to through nodemailer (SMTP_URL), and a small HTTP reader for the tests
 * (GET /messages?to=<address>). Started by playwright.config.ts beside `next start`.
 */
import http from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3125);
const httpPort = smtpPort + 1;

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; receivedAt: number };
const inbox: ReceivedMail[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  size: 5 * 1024 * 1024,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          receivedAt: Date.now(),
        });
        callback();
      })
      .catch((err: Error) => callback(err));
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return void res.end("ok");
    if (url.pathname === "/messages") {
      const to = (url.searchParams.get("to") ?? "").toLowerCase();
      res.setHeader("content-type", "application/json");
      return void res.end(JSON.stringify(inbox.filter((m) => !to || m.to.includes(to))));
    }
    res.statusCode = 404;
    res.end();
  })
  .listen(httpPort, "127.0.0.1");
