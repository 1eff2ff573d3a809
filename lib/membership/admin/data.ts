import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/admin/utils";
import { VOTE_AFFIRMATION_DAYS } from "@/lib/membership/constants";

const adminMemberSelect = {
  id: true,
  membershipType: true,
  legalName: true,
  preferredName: true,
  emailAddress: true,
  city: true,
  region: true,
  country: true,
  postalCode: true,
  votes: true,
  lastVoteAffirmation: true,
  created: true,
  creator: { select: { username: true } },
} as const;

export type AdminMember = Prisma.MembershipGetPayload<{ select: typeof adminMemberSelect }>;

/** MembershipAdmin's filters: type, voting, and voting members whose affirmation is due. */
function whereOf(params: Pick<ListParams, "q" | "filters">, now = new Date()): Prisma.MembershipWhereInput {
  const { type, votes, affirmation } = params.filters;
  const due = new Date(now.getTime() - VOTE_AFFIRMATION_DAYS * 86_400_000);
  return {
    ...(params.q
      ? {
          OR: [
            { legalName: { contains: params.q, mode: "insensitive" } },
            { preferredName: { contains: params.q, mode: "insensitive" } },
            { emailAddress: { contains: params.q, mode: "insensitive" } },
            { creator: { username: { contains: params.q, mode: "insensitive" } } },
          ],
        }
      : {}),
    ...(type ? { membershipType: Number(type) } : {}),
    ...(votes ? { votes: votes === "yes" } : {}),
    ...(affirmation === "due"
      ? { votes: true, OR: [{ lastVoteAffirmation: null }, { lastVoteAffirmation: { lt: due } }] }
      : {}),
  };
}

export async function listAdminMembers(params: ListParams) {
  const where = whereOf(params);
  const [rows, total] = await Promise.all([
    db.membership.findMany({
      where,
      select: adminMemberSelect,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.perPage,
      take: params.perPage,
    }),
    db.membership.count({ where }),
  ]);
  return { rows, total };
}

/** Every member the filters select, for the CSV export. */
export async function listMembersForExport(params: Pick<ListParams, "q" | "filters">) {
  return db.membership.findMany({
    where: whereOf(params),
    select: adminMemberSelect,
    orderBy: { id: "asc" },
  });
}

export async function getAdminMember(id: number) {
  return db.membership.findUnique({ where: { id }, select: adminMemberSelect });
}
