import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { sendVoteAffirmationReminders } from "./mutations";

const DAY = 86_400_000;
const tag = `h5r${Date.now().toString(36)}`;
const ids: Record<string, number> = {};
const started = new Date();

beforeAll(async () => {
  const now = Date.now();
  for (const [name, votes, affirmed] of [
    ["due", true, now - 400 * DAY],
    ["never", true, null],
    ["fresh", true, now - 30 * DAY],
    ["silent", false, now - 900 * DAY],
  ] as const) {
    const u = await db.user.create({
      data: { username: `${tag}-${name}`, email: `${tag}-${name}@example.org` },
    });
    ids[name] = u.id;
    await db.membership.create({
      data: {
        creatorId: u.id,
        legalName: name,
        preferredName: name,
        emailAddress: `${tag}-${name}@example.org`,
        votes,
        lastVoteAffirmation: affirmed === null ? null : new Date(affirmed),
      },
    });
  }
});

afterAll(async () => {
  // The runs may also have reached other members due in the shared database: undo that too.
  await db.membership.updateMany({
    where: { voteReminderSentAt: { gte: started } },
    data: { voteReminderSentAt: null },
  });
  await db.emailLog.deleteMany({
    where: { subject: "Please affirm your PSF voting membership", createdAt: { gte: started } },
  });
  await db.user.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.emailLog.deleteMany({
    where: { toAddrs: { hasSome: Object.keys(ids).map((n) => `${tag}-${n}@example.org`) } },
  });
});

const mailsTo = (name: string) =>
  db.emailLog.findMany({ where: { toAddrs: { has: `${tag}-${name}@example.org` } } });

describe("the yearly vote-affirmation reminder", () => {
  it("mails voting members whose affirmation is over 366 days old or missing, once a year, with the affirm link", async () => {
    // Other tests' members may be due too; run until ours are reached.
    for (let i = 0; i < 20 && (await mailsTo("due")).length === 0; i++)
      await sendVoteAffirmationReminders("https://www.python.org/");
    const [due] = await mailsTo("due");
    expect(due!.subject).toBe("Please affirm your PSF voting membership");
    expect(due!.text).toContain("https://www.python.org/users/membership/affirm/");
    for (let i = 0; i < 20 && (await mailsTo("never")).length === 0; i++)
      await sendVoteAffirmationReminders("https://www.python.org/");
    expect(await mailsTo("never")).toHaveLength(1);
    expect(await mailsTo("fresh")).toHaveLength(0);
    expect(await mailsTo("silent")).toHaveLength(0);
    // A second run the same day sends nothing more; a year later it reminds again.
    await sendVoteAffirmationReminders("https://www.python.org/");
    expect(await mailsTo("due")).toHaveLength(1);
    await sendVoteAffirmationReminders("https://www.python.org/", new Date(Date.now() + 367 * DAY), 100_000);
    expect(await mailsTo("due")).toHaveLength(2);
  });
});
