/**
 * Demo PSF board minutes (apps/minutes): a monthly meeting for the twelve months before last,
 * written in reStructuredText like python.org's; the most recent is still a draft. Idempotent
 * (one row per date, never overwritten).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

const DIRECTORS = [
  "Ana Ferreira",
  "Bongani Dlamini",
  "Chen Wei",
  "Dana Kowalski",
  "Emeka Obi",
  "Farah Haddad",
  "Gustav Lind",
];
const TOPICS = [
  ["Grants working group report", "The group reviewed nine requests and recommended seven."],
  ["Conference planning", "The venue contract for next year's US conference is ready for signature."],
  ["Infrastructure budget", "Hosting costs are below forecast thanks to donated capacity."],
  ["Packaging security", "Staff presented the roadmap for signed uploads to the package index."],
  ["Fellowship nominations", "The fellows committee will announce this quarter's new fellows."],
  ["Fundraising", "The spring drive reached its goal two weeks early."],
  ["Code of conduct", "The working group published its annual transparency report."],
  ["Community events", "Regional events asked for more help with visa letters."],
];

function meetingRst(date: Date, n: number): string {
  const present = DIRECTORS.filter((_, i) => (i + n) % 6 !== 0);
  const absent = DIRECTORS.filter((d) => !present.includes(d));
  const topics = [TOPICS[n % TOPICS.length]!, TOPICS[(n + 3) % TOPICS.length]!];
  const amount = 5 + ((n * 7) % 20);
  return `Attendees
=========

Directors present: ${present.join(", ")}.

${absent.length ? `Regrets: ${absent.join(", ")}.` : "All directors were present."}

Staff: the executive director and the director of operations.

Agenda
======

1. Approval of the previous minutes
${topics.map(([title], i) => `${i + 2}. ${title}`).join("\n")}
${topics.length + 2}. Any other business

Discussion
==========

${topics.map(([title, note]) => `**${title}.** ${note}`).join("\n\n")}

Resolutions
===========

- RESOLVED, that the minutes of the previous meeting are approved as circulated.
- RESOLVED, that the Foundation grants up to USD ${amount},000 to community events in the coming quarter.

The chair closed the meeting; the next one is set for the same time next month
(meeting ${date.toISOString().slice(0, 7)}).
`;
}

export async function seedMinutes(db: PrismaClient, staff: number | null, now = new Date()) {
  // Monthly, on the 12th, from 13 months ago up to last month but one: twelve meetings.
  for (let back = 13; back >= 2; back--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 12));
    if (await db.minutes.findUnique({ where: { date }, select: { id: true } })) continue;
    const content = meetingRst(date, back);
    await db.minutes.create({
      data: {
        date,
        isPublished: back !== 2,
        content,
        contentMarkupType: "restructuredtext",
        contentRendered: renderMarkup(content, "restructuredtext"),
        creatorId: staff,
        lastModifiedById: staff,
      },
    });
  }
}
