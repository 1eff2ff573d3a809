import "server-only";
import { requireAdmin } from "@/lib/admin/loaders";
import { storage } from "@/lib/platform/storage";
import { sponsorshipsSection } from "@/lib/sponsors/admin/constants";
import { CONTRACT_TEMPLATE_VARIABLES } from "@/lib/sponsors/contracts/constants";
import { getContractOfSponsorship, getContractTemplate } from "@/lib/sponsors/contracts/data";

/** The contract section of a sponsorship's change page: the contract and its stored files' URLs. */
export async function loadAdminContract(sponsorshipId: number) {
  await requireAdmin(`/admin/sponsors/${sponsorshipId}/`, sponsorshipsSection);
  const c = await getContractOfSponsorship(sponsorshipId);
  if (!c) return null;
  const url = (key: string) => (key ? storage().url(key) : null);
  return {
    id: c.id,
    status: c.status,
    revision: c.revision,
    sentOn: c.sentOn,
    sponsorInfo: c.sponsorInfo,
    sponsorContact: c.sponsorContact,
    benefitsList: c.benefitsList,
    legalClauses: c.legalClauses,
    documentUrl: url(c.document),
    documentDocxUrl: url(c.documentDocx),
    signedUrl: url(c.signedDocument),
  };
}

/** The agreement template form. */
export async function loadContractTemplate() {
  await requireAdmin("/admin/sponsors/contract-template/", sponsorshipsSection);
  return { ...(await getContractTemplate()), variables: CONTRACT_TEMPLATE_VARIABLES };
}
