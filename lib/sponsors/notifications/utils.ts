/**
 * SponsorEmailNotificationTemplate (§5.1, §5.5): Liquid templates with five sponsorship variables,
 * sent to the contacts of the chosen types; the send form takes a template or a one-off
 * subject and content, exactly one of them.
 */
import { liquid } from "@/lib/sponsors/contracts/document/utils";
import type { ContactType } from "./constants";

export const notificationLog = (name: string, types: readonly string[]) =>
  `Notification '${name}' was sent to contacts: ${types.join(", ")}`;

type Contact = {
  email: string;
  primary: boolean;
  administrative: boolean;
  accounting: boolean;
  manager: boolean;
};

/** SponsorContact.filter_by_contact_types: the addresses of contacts of any chosen type, once each. */
export function recipientsFor(contacts: Contact[], types: readonly ContactType[]): string[] {
  const emails = contacts.filter((c) => types.some((t) => c[t])).map((c) => c.email);
  return [...new Map(emails.map((e) => [e.toLowerCase(), e])).values()];
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The template context of one sponsorship. */
export function notificationContext(s: {
  sponsor: { name: string } | null;
  package: { name: string } | null;
  levelNameOld: string;
  startDate: Date | null;
  endDate: Date | null;
  status: string;
}) {
  return {
    sponsor_name: s.sponsor?.name ?? "",
    sponsorship_level: s.package?.name || s.levelNameOld,
    sponsorship_start_date: day(s.startDate),
    sponsorship_end_date: day(s.endDate),
    sponsorship_status: s.status,
  };
}

/** The mail of one sponsorship; throws an Error for a template that does not parse. */
export async function renderNotification(
  t: { subject: string; content: string },
  context: ReturnType<typeof notificationContext>,
) {
  const [subject, text] = await Promise.all([
    liquid.parseAndRender(t.subject, context) as Promise<string>,
    liquid.parseAndRender(t.content, context) as Promise<string>,
  ]);
  return { subject: subject.replace(/[\r\n]+/g, " ").trim(), text };
}

export function notificationTemplateError(t: { subject: string; content: string }): string | null {
  try {
    liquid.parse(t.subject);
    liquid.parse(t.content);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message.split("\n")[0]! : String(e);
  }
}
