/**
 * §8.4 contract models and use cases: the draft made on approval (sponsor info, contact, benefits
 * with clause footnotes, clauses once), revision +1 per draft save, send / execute / nullify /
 * back to draft with §5.3's guards and messages, the overlap marking, approve-with-signed-contract,
 * create_contracts, and the audit message of each.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { storage } from "@/lib/platform/storage";
import { documentText } from "@/lib/sponsors/contracts/document/utils";
import { agreement } from "@/lib/sponsors/contracts/render/services";
import { saveContractTemplate } from "@/lib/sponsors/contracts/template/mutations";
import {
  approveWithSignedContract,
  createMissingContracts,
} from "@/lib/sponsors/sponsorship/approval/mutations";
import { approveSponsorship, createSponsorship } from "@/lib/sponsors/sponsorship/mutations";
import { seedSponsorConfig } from "@/tests/factories/sponsors-config";
import { BENEFITS, LEGAL_CLAUSES, PACKAGES, PROGRAMS } from "@/tests/factories/sponsors-data";
import {
  contractBackToDraft,
  executeContract,
  nullifyContract,
  sendContract,
  updateContractDraft,
} from "./mutations";

const YEAR = 2044;
const actor = { actorId: null };
const PDF = { name: "signed.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n% signed\n%%EOF\n") };
let pkgs: Map<string, number>;
let userId: number;

async function drop() {
  await db.sponsorship.deleteMany({ where: { year: YEAR } });
  await db.sponsor.deleteMany({ where: { name: { startsWith: "Contract test " } } });
  await db.sponsorshipBenefit.deleteMany({ where: { year: YEAR } });
  await db.sponsorshipPackage.deleteMany({ where: { year: YEAR } });
  await db.legalClause.deleteMany({ where: { internalName: { endsWith: ` ${YEAR}` } } });
  await db.user.deleteMany({ where: { username: "sponsors-contract-test" } });
}

beforeAll(async () => {
  await drop();
  const made = await seedSponsorConfig(db, YEAR, PROGRAMS, PACKAGES, BENEFITS, LEGAL_CLAUSES);
  pkgs = made.packageIds;
  userId = (
    await db.user.create({ data: { username: "sponsors-contract-test", email: "contract@example.org" } })
  ).id;
});
afterAll(drop);

const packageBenefits = (slug: string) =>
  db.sponsorshipBenefitPackage
    .findMany({ where: { packageId: pkgs.get(slug)! }, select: { benefitId: true } })
    .then((r) => r.map((b) => b.benefitId));

async function approved(name: string, opts: { start?: Date; end?: Date } = {}) {
  const sponsor = await db.sponsor.create({
    data: {
      name: `Contract test ${name}`,
      description: "makes widgets",
      contacts: {
        create: [
          { name: "Not Primary", email: "other@example.org", phone: "1", primary: false },
          { name: "Pat Primary", email: "pat@example.org", phone: "+1 555 0101", primary: true },
        ],
      },
    },
  });
  const sp = await createSponsorship({
    sponsorId: sponsor.id,
    packageId: pkgs.get("visionary")!,
    benefitIds: await packageBenefits("visionary"),
    submittedById: userId,
    year: YEAR,
  });
  const input = {
    startDate: opts.start ?? new Date(Date.UTC(YEAR, 0, 1)),
    endDate: opts.end ?? new Date(Date.UTC(YEAR, 11, 31)),
    packageId: pkgs.get("visionary")!,
    sponsorshipFee: 150_000,
    renewal: false,
  };
  return { id: sp.id, sponsorId: sponsor.id, input };
}

const contractOf = (sponsorshipId: number) => db.contract.findUniqueOrThrow({ where: { sponsorshipId } });
const auditMessages = async (contractId: number) =>
  (
    await db.auditLog.findMany({
      where: { targetType: "contract", targetId: String(contractId) },
      orderBy: { id: "asc" },
    })
  ).map((a) => (a.detail as { message: string }).message);

describe("the draft contract made on approval", () => {
  it("holds the sponsor info, the primary contact, the benefits with footnotes and each clause once", async () => {
    const s = await approved("draft");
    await approveSponsorship(s.id, s.input, actor);
    const c = await contractOf(s.id);
    expect(c).toMatchObject({
      status: "draft",
      revision: 1,
      sponsorInfo: "Contract test draft, makes widgets",
      sponsorContact: "Pat Primary - +1 555 0101 | pat@example.org",
    });
    const lines = c.benefitsList.split("\n");
    expect(lines.length).toBe((await packageBenefits("visionary")).length);
    expect(lines).toContain("- Foundation - Logo on the python\\.org sponsors page [^1]");
    expect(lines.filter((l) => l.endsWith("[^1]")).length).toBeGreaterThanOrEqual(2);
    const clauses = c.legalClauses.split("\n");
    expect(clauses).toEqual([
      "[^1]: The PSF may show the Sponsor\\'s logo in the places this agreement lists\\, for its term\\.",
      "[^2]: Sponsor staff at PyCon US follow the conference\\'s code of conduct\\.",
    ]);
  });

  it("each draft save is a new revision; a sent contract is not edited", async () => {
    const s = await approved("revisions");
    await approveSponsorship(s.id, s.input, actor);
    const c = await contractOf(s.id);
    const fields = {
      sponsorInfo: "Edited",
      sponsorContact: c.sponsorContact,
      benefitsList: c.benefitsList,
      legalClauses: "",
    };
    expect(await updateContractDraft(c.id, fields, actor)).toBe(2);
    expect(await updateContractDraft(c.id, fields, actor)).toBe(3);
    await sendContract(c.id, actor);
    await expect(updateContractDraft(c.id, fields, actor)).rejects.toMatchObject({
      message: "Contract with status Awaiting Signature can't be edited.",
    });
    expect((await contractOf(s.id)).revision).toBe(3);
  });
});

describe("send, execute, nullify, back to draft", () => {
  it("send stores the final PDF and DOCX under distinct unguessable names and mails the PSF", async () => {
    const s = await approved("send");
    await approveSponsorship(s.id, s.input, actor);
    const c = await contractOf(s.id);
    const before = await db.emailLog.count();
    const r = await sendContract(c.id, actor);
    const after = await contractOf(s.id);
    expect(after).toMatchObject({
      status: "awaiting_signature",
      document: r.document,
      documentDocx: r.documentDocx,
    });
    expect(after.sentOn).not.toBeNull();
    expect(r.document).toMatch(/^sponsors\/contracts\/sow-contract-test-send-[0-9a-f]{32}\.pdf$/);
    expect(r.documentDocx).toMatch(/^sponsors\/contracts\/docx\/sow-contract-test-send-[0-9a-f]{32}\.docx$/);
    expect(r.document.match(/[0-9a-f]{32}/)![0]).toBe(r.documentDocx.match(/[0-9a-f]{32}/)![0]);
    const pdf = await storage().get(r.document);
    const body =
      pdf &&
      (pdf.body instanceof Uint8Array
        ? pdf.body
        : new Uint8Array(await new Response(pdf.body).arrayBuffer()));
    expect(pdf?.contentType).toBe("application/pdf");
    expect(body && new TextDecoder().decode(body.slice(0, 5))).toBe("%PDF-");
    const mail = await db.emailLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(await db.emailLog.count()).toBe(before + 1);
    expect(mail).toMatchObject({
      toAddrs: ["psf-sponsors@python.org"],
      subject: "STATEMENT OF WORK for Contract test send",
    });
    // The PDF is attached, and the mail log keeps it (the bytes of the stored final version).
    const [attached, ...more] = await db.emailAttachment.findMany({ where: { emailId: mail.id } });
    expect(more).toHaveLength(0);
    expect(attached).toMatchObject({
      filename: "sponsorship-contract-Contract-test-send.pdf",
      contentType: "application/pdf",
      size: body!.length,
    });
    const kept = await storage().get(attached!.storageKey);
    const keptBytes =
      kept &&
      (kept.body instanceof Uint8Array
        ? kept.body
        : new Uint8Array(await new Response(kept.body).arrayBuffer()));
    expect(Buffer.from(keptBytes!).equals(Buffer.from(body!))).toBe(true);
    await expect(sendContract(c.id, actor)).rejects.toMatchObject({
      message: "Contract with status Awaiting Signature can't be sent.",
    });
    expect(await auditMessages(c.id)).toEqual(["Contract Sent"]);
  });

  it("execute needs the signed document, then finalizes and locks the sponsorship", async () => {
    const s = await approved("execute");
    await approveSponsorship(s.id, s.input, actor);
    const c = await contractOf(s.id);
    await sendContract(c.id, actor);
    await expect(executeContract(c.id, null, actor)).rejects.toMatchObject({
      message: "You must submit the signed contract document to execute it.",
    });
    await expect(
      executeContract(c.id, { name: "x.pdf", bytes: new TextEncoder().encode("<html>") }, actor),
    ).rejects.toMatchObject({ message: "The signed contract must be a PDF." });
    await executeContract(c.id, PDF, actor);
    const after = await contractOf(s.id);
    expect(after.status).toBe("executed");
    expect(after.signedDocument).toMatch(/^sponsors\/contracts\/signed\/[0-9a-f-]{36}\.pdf$/);
    const sp = await db.sponsorship.findUniqueOrThrow({ where: { id: s.id } });
    expect(sp).toMatchObject({ status: "finalized", locked: true });
    expect(sp.finalizedOn).not.toBeNull();
    await expect(nullifyContract(c.id, actor)).rejects.toMatchObject({
      message: "Contract with status Executed can't be nullified.",
    });
    await expect(executeContract(c.id, PDF, actor)).rejects.toMatchObject({
      message: "Contract with status Executed can't be executed.",
    });
    expect(await auditMessages(c.id)).toEqual(["Contract Sent", "Contract Executed"]);
  });

  it("a draft cannot be nullified; a sent one can, and goes back to draft as a new revision", async () => {
    const s = await approved("nullify");
    await approveSponsorship(s.id, s.input, actor);
    const c = await contractOf(s.id);
    await expect(nullifyContract(c.id, actor)).rejects.toMatchObject({
      message: "Contract with status Draft can't be nullified.",
    });
    await expect(contractBackToDraft(c.id, actor)).rejects.toMatchObject({
      message: "Contract with status Draft can't be moved back to draft.",
    });
    await sendContract(c.id, actor);
    await nullifyContract(c.id, actor);
    expect((await contractOf(s.id)).status).toBe("nullified");
    await expect(executeContract(c.id, PDF, actor)).rejects.toMatchObject({
      message: "Contract with status Nullified can't be executed.",
    });
    await contractBackToDraft(c.id, actor);
    expect(await contractOf(s.id)).toMatchObject({ status: "draft", revision: 2, document: "" });
    expect(await auditMessages(c.id)).toEqual([
      "Contract Sent",
      "Contract Nullified",
      "Contract Back To Draft",
    ]);
  });

  it("executing marks the sponsor's enabled sponsorships active on its start date, and only those", async () => {
    const now = new Date();
    const day = (offset: number) =>
      new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + offset));
    const s = await approved("overlap", { start: day(-10), end: day(300) });
    const old = (start: number, end: number, status: "finalized" | "approved" = "finalized") =>
      db.sponsorship.create({
        data: { sponsorId: s.sponsorId, status, year: YEAR, startDate: day(start), endDate: day(end) },
        select: { id: true },
      });
    const overlapping = await old(-200, 100);
    const endedBefore = await old(-400, -20);
    const notFinal = await old(-200, 100, "approved");
    await approveSponsorship(
      s.id,
      s.input.startDate ? { ...s.input, startDate: day(-10), endDate: day(300) } : s.input,
      actor,
    );
    const c = await contractOf(s.id);
    await executeContract(c.id, PDF, actor);
    const by = async (x: { id: number }) =>
      (await db.sponsorship.findUniqueOrThrow({ where: { id: x.id } })).overlappedById;
    expect(await by(overlapping)).toBe(s.id);
    expect(await by(endedBefore)).toBeNull();
    expect(await by(notFinal)).toBeNull();
  });
});

describe("approve with an already-signed contract (pythondotorg#1845)", () => {
  it("approves and executes in one step, or does neither without the document", async () => {
    const s = await approved("existing");
    await expect(approveWithSignedContract(s.id, s.input, null, actor)).rejects.toMatchObject({
      message: "You must submit the signed contract document to execute it.",
    });
    expect((await db.sponsorship.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("applied");
    await approveWithSignedContract(s.id, s.input, PDF, actor);
    const c = await contractOf(s.id);
    expect(c.status).toBe("executed");
    expect((await db.sponsorship.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("finalized");
    expect(await auditMessages(c.id)).toEqual(["Existing Contract Uploaded and Executed"]);
  });
});

describe("create_contracts", () => {
  it("gives every approved sponsorship without a contract a draft", async () => {
    const s = await approved("missing");
    await approveSponsorship(s.id, s.input, actor);
    await db.contract.deleteMany({ where: { sponsorshipId: s.id } });
    expect(await createMissingContracts()).toBeGreaterThanOrEqual(1);
    expect(await contractOf(s.id)).toMatchObject({ status: "draft", revision: 1 });
    expect(await createMissingContracts()).toBe(0);
  });
});

describe("the agreement template staff edit (§5.6)", () => {
  it("a saved template is the one contracts are rendered from; one that does not parse is refused", async () => {
    const s = await approved("template");
    await approveSponsorship(s.id, s.input, actor);
    try {
      await saveContractTemplate(
        "# Custom agreement\n\nMade with **{{ sponsor_name_upper }}** as of the {{ effective_date }}.\n",
        null,
      );
      const text = documentText((await agreement(s.id)).doc);
      expect(text).toContain("Made with CONTRACT TEST TEMPLATE as of the 1st of January");
      expect(text).not.toContain("RECITALS");
      await expect(saveContractTemplate("{% if %}", null)).rejects.toMatchObject({
        code: "validation_failed",
        message: "The template does not parse.",
      });
      expect(documentText((await agreement(s.id)).doc)).toContain("Made with CONTRACT TEST TEMPLATE");
    } finally {
      await db.contractTemplate.deleteMany({});
    }
    expect(documentText((await agreement(s.id)).doc)).toContain("RECITALS");
  });
});
