import "server-only";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { log } from "@/lib/platform/log";
import { sendMail } from "@/lib/platform/mail";
import { revalidateDomain } from "@/lib/platform/cdn/revalidate";
import { ANNOUNCE_LIST, ANNOUNCE_SUBJECT, VOTE_AFFIRMATION_DAYS, membershipTags } from "./constants";
import { ownMembershipSelect } from "./data";
import type { MemberAdminInput } from "./types";
import type { MembershipCreateInput, MembershipUpdateInput } from "./schema";

const NOT_A_MEMBER = "You have no PSF membership.";

/**
 * MembershipCreate: one membership per account (the unique creator id makes a second one a
 * conflict). Membership.save(): the first time `votes` is on, the affirmation is stamped. With
 * announcements on, the members-announce list gets a "subscribe" request from the account's
 * address (the list subscribes its sender).
 */
export async function createMembership(userId: number, input: MembershipCreateInput, now = new Date()) {
  const { user, row } = await db.$transaction(async (tx) => {
    if (await tx.membership.findUnique({ where: { creatorId: userId }, select: { id: true } }))
      throw new AppError("conflict", "You are already a PSF member.");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, username: true },
    });
    const row = await tx.membership.create({
      data: {
        ...input,
        emailAddress: input.emailAddress || user.email,
        creatorId: userId,
        lastVoteAffirmation: input.votes ? now : null,
      },
      select: ownMembershipSelect,
    });
    return { user, row };
  });
  if (input.psfAnnouncements && user.email) {
    await sendMail({
      from: user.email,
      to: ANNOUNCE_LIST,
      subject: ANNOUNCE_SUBJECT,
      text: "subscribe",
    }).catch((err: unknown) => log.error({ err, userId }, "members-announce subscribe mail failed"));
  }
  await revalidateDomain([membershipTags.membership]);
  return { ...row, username: user.username };
}

/** MembershipUpdate: 404 without a membership; the code of conduct answer is not editable. */
export async function updateMembership(userId: number, input: MembershipUpdateInput, now = new Date()) {
  const row = await db.$transaction(async (tx) => {
    const current = await tx.membership.findUnique({
      where: { creatorId: userId },
      select: { id: true, lastVoteAffirmation: true },
    });
    if (!current) throw new AppError("not_found", NOT_A_MEMBER);
    return tx.membership.update({
      where: { id: current.id },
      data: {
        ...input,
        ...(input.votes && !current.lastVoteAffirmation ? { lastVoteAffirmation: now } : {}),
      },
      select: ownMembershipSelect,
    });
  });
  await revalidateDomain([membershipTags.membership]);
  return row;
}

/**
 * MembershipDeleteView: the membership of `username`; 404 when there is none, 403 unless it is
 * the caller's own.
 */
export async function deleteMembership(userId: number, username: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.membership.findFirst({
      where: { creator: { username: { equals: username, mode: "insensitive" } } },
      select: { id: true, creatorId: true },
    });
    if (!row) throw new AppError("not_found", "There is no such membership.");
    if (row.creatorId !== userId) throw new AppError("forbidden", "You may only delete your own membership.");
    await tx.membership.delete({ where: { id: row.id } });
  });
  await revalidateDomain([membershipTags.membership]);
}

/** MembershipVoteAffirm: votes on, affirmed now. */
export async function affirmVote(userId: number, now = new Date()) {
  const row = await db.membership
    .update({
      where: { creatorId: userId },
      data: { votes: true, lastVoteAffirmation: now },
      select: { id: true, lastVoteAffirmation: true },
    })
    .catch(() => Promise.reject(new AppError("not_found", NOT_A_MEMBER)));
  await revalidateDomain([membershipTags.membership]);
  return row;
}

/** Staff edit a membership (type, voting, details); turning votes on stamps a first affirmation. */
export async function adminUpdateMembership(id: number, input: MemberAdminInput, now = new Date()) {
  const row = await db.$transaction(async (tx) => {
    const current = await tx.membership.findUnique({ where: { id }, select: { lastVoteAffirmation: true } });
    if (!current) throw new AppError("not_found", "There is no such membership.");
    return tx.membership.update({
      where: { id },
      data: {
        ...input,
        ...(input.votes && !current.lastVoteAffirmation ? { lastVoteAffirmation: now } : {}),
      },
      select: { id: true },
    });
  });
  await revalidateDomain([membershipTags.membership]);
  return row;
}

/**
 * The yearly reminder (ours, beyond python.org): voting members whose affirmation is over 366
 * days old, or missing, get one mail linking the affirm page; a member is reminded again only
 * after another year. Each member is stamped before its mail goes out, so a rerun never mails twice.
 */
export async function sendVoteAffirmationReminders(siteUrl: string, now = new Date(), limit = 200) {
  const due = new Date(now.getTime() - VOTE_AFFIRMATION_DAYS * 86_400_000);
  const members = await db.membership.findMany({
    where: {
      votes: true,
      OR: [{ lastVoteAffirmation: null }, { lastVoteAffirmation: { lt: due } }],
      AND: [{ OR: [{ voteReminderSentAt: null }, { voteReminderSentAt: { lt: due } }] }],
    },
    select: { id: true, preferredName: true, emailAddress: true, creator: { select: { email: true } } },
    orderBy: { id: "asc" },
    take: limit,
  });
  let sent = 0;
  for (const m of members) {
    const to = m.emailAddress || m.creator?.email;
    const { count } = await db.membership.updateMany({
      where: { id: m.id, OR: [{ voteReminderSentAt: null }, { voteReminderSentAt: { lt: due } }] },
      data: { voteReminderSentAt: now },
    });
    if (!count || !to) continue;
    await sendMail({
      to,
      subject: "Please affirm your PSF voting membership",
      text: `Hello ${m.preferredName || "PSF member"},\n\nPSF voting members confirm once a year that they want to keep voting. It has been more than a year since you last did.\n\nAffirm your vote here: ${siteUrl.replace(/\/$/, "")}/users/membership/affirm/\n\nIf you no longer want to vote, you need do nothing; you stay a member.\n\nThe Python Software Foundation`,
    });
    sent++;
  }
  return { due: members.length, sent };
}
