import "server-only";
import { db } from "@/lib/platform/db";
import {
  checkSignedDocument,
  createDraftContract,
  executeContract,
  type Actor,
  type UploadedFile,
} from "@/lib/sponsors/contracts/mutations";
import { approveSponsorship, type ApproveInput } from "@/lib/sponsors/sponsorship/mutations";

/** approve-existing (pythondotorg#1845): approve, then execute the draft with the signed document in hand. */
export async function approveWithSignedContract(
  id: number,
  input: ApproveInput,
  signed: UploadedFile | null,
  actor: Actor,
) {
  checkSignedDocument(signed);
  await approveSponsorship(id, input, actor);
  const contract = await db.contract.findUniqueOrThrow({
    where: { sponsorshipId: id },
    select: { id: true },
  });
  await executeContract(contract.id, signed, actor, true);
}

/** create_contracts (§4.2): a draft contract for every approved sponsorship lacking one. */
export async function createMissingContracts(): Promise<number> {
  const rows = await db.sponsorship.findMany({
    where: { status: "approved", contract: { is: null } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const r of rows) await db.$transaction((tx) => createDraftContract(tx, r.id));
  return rows.length;
}
