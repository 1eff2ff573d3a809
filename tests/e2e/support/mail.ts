/** Reads the mail the app under test delivered to the SMTP sink (tests/e2e/support/smtp-sink.ts). */
import { expect } from "@playwright/test";
import type { ReceivedMail } from "./smtp-sink";

const sinkUrl = `http://127.0.0.1:${Number(process.env.E2E_SMTP_PORT ?? 3125) + 1}`;

export async function mailTo(address: string): Promise<ReceivedMail[]> {
  const res = await fetch(`${sinkUrl}/messages?to=${encodeURIComponent(address)}`);
  if (!res.ok) throw new Error(`SMTP sink answered ${res.status}`);
  return (await res.json()) as ReceivedMail[];
}

/** Waits until the address has received `count` messages (mail may be sent after the response). */
export async function waitForMail(address: string, count = 1): Promise<ReceivedMail> {
  let messages: ReceivedMail[] = [];
  await expect
    .poll(async () => (messages = await mailTo(address)).length, {
      message: `mail #${count} to ${address}`,
      timeout: 15_000,
    })
    .toBeGreaterThanOrEqual(count);
  return messages[count - 1]!;
}

/** The path of the first link in a mail body (the links carry SITE_URL, not the test server). */
export const linkIn = (text: string) => new URL(/https?:\/\/\S+/.exec(text)![0]).pathname;
