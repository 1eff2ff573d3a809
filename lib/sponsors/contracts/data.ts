import "server-only";
import { db, type Prisma } from "@/lib/platform/db";
import { CONTRACT_TEMPLATE_NAME, DEFAULT_CONTRACT_TEMPLATE } from "./constants";

type Client = Prisma.TransactionClient | typeof db;

/** What the contract and its agreement need of a sponsorship. */
export const contractSponsorshipSelect = {
  id: true,
  status: true,
  year: true,
  startDate: true,
  endDate: true,
  renewal: true,
  levelNameOld: true,
  sponsorshipFee: true,
  sponsorId: true,
  packageId: true,
  package: { select: { name: true } },
  sponsor: {
    select: {
      id: true,
      name: true,
      description: true,
      mailingAddressLine1: true,
      mailingAddressLine2: true,
      city: true,
      state: true,
      postalCode: true,
      country: true,
      countryOfIncorporation: true,
      stateOfIncorporation: true,
      contacts: {
        where: { primary: true },
        orderBy: { id: "asc" },
        take: 1,
        select: { name: true, email: true, phone: true },
      },
    },
  },
  benefits: {
    orderBy: [{ order: "asc" }, { id: "asc" }],
    select: {
      programName: true,
      name: true,
      features: {
        where: { kind: "tiered_benefit" },
        select: { packageId: true, quantity: true, displayLabel: true },
      },
      sponsorshipBenefit: {
        select: {
          legalClauses: { select: { legalClause: { select: { id: true, order: true, clause: true } } } },
        },
      },
    },
  },
} as const satisfies Prisma.SponsorshipSelect;

export type ContractSponsorship = Prisma.SponsorshipGetPayload<{ select: typeof contractSponsorshipSelect }>;

export const getContractSponsorship = (client: Client, sponsorshipId: number) =>
  client.sponsorship.findUnique({ where: { id: sponsorshipId }, select: contractSponsorshipSelect });

/** Sponsorship.previous_effective_date: the start date of the sponsor's second most recent sponsorship. */
export async function previousEffectiveDate(client: Client, sponsorId: number | null): Promise<Date | null> {
  if (sponsorId === null) return null;
  const rows = await client.sponsorship.findMany({
    where: { sponsorId },
    orderBy: [{ year: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: 2,
    select: { startDate: true },
  });
  return rows[1]?.startDate ?? null;
}

export const contractSelect = {
  id: true,
  status: true,
  revision: true,
  document: true,
  documentDocx: true,
  signedDocument: true,
  sponsorshipId: true,
  sponsorInfo: true,
  sponsorContact: true,
  benefitsList: true,
  legalClauses: true,
  createdOn: true,
  lastUpdate: true,
  sentOn: true,
} as const satisfies Prisma.ContractSelect;

export type ContractRow = Prisma.ContractGetPayload<{ select: typeof contractSelect }>;

export const getContract = (id: number) => db.contract.findUnique({ where: { id }, select: contractSelect });

export const getContractOfSponsorship = (sponsorshipId: number) =>
  db.contract.findUnique({ where: { sponsorshipId }, select: contractSelect });

/** The agreement template staff saved, or the default. */
export async function getContractTemplate(
  client: Client = db,
): Promise<{ content: string; stored: boolean }> {
  const row = await client.contractTemplate.findUnique({
    where: { name: CONTRACT_TEMPLATE_NAME },
    select: { content: true },
  });
  return row ? { content: row.content, stored: true } : { content: DEFAULT_CONTRACT_TEMPLATE, stored: false };
}
