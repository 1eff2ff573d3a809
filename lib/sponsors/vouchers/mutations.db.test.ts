/**
 * §8.4 management commands: create_pycon_vouchers_for_sponsors stores the promo codes, against a
 * local HTTP server standing in for the PyCon API that checks the key and the sha1 signature.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createPyconVouchers } from "./mutations";
import { voucherSignature } from "./utils";

const SECRET = "s3cret";
const KEY = "key-1";
const seen: { path: string; ok: boolean }[] = [];
let server: Server;
let host = "";

const NAME = "Voucher test Ünïcode & Co";
let sponsorId: number;
let finalizedBenefit: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const ts = Number(req.headers["x-api-timestamp"]);
    const ok =
      req.headers["x-api-key"] === KEY &&
      req.headers["x-api-signature"] === voucherSignature(SECRET, ts, req.method ?? "", req.url ?? "") &&
      Math.abs(Date.now() / 1000 - ts) < 300;
    seen.push({ path: req.url ?? "", ok });
    const q = new URL(req.url ?? "/", "http://x").searchParams;
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify(
        ok
          ? {
              code: 200,
              data: { promo_code: `${q.get("voucher_type")}${q.get("quantity")}-${q.get("sponsor_id")}` },
            }
          : { code: 403, message: "bad signature" },
      ),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;

  await db.sponsor.deleteMany({ where: { name: NAME } });
  await db.sponsorshipBenefit.deleteMany({ where: { legacyId: 331 } });
  const program = await db.sponsorshipProgram.findFirstOrThrow();
  const template = await db.sponsorshipBenefit.create({
    data: { legacyId: 331, name: "Full conference passes", programId: program.id, year: 2039 },
  });
  const sponsor = await db.sponsor.create({ data: { name: NAME } });
  sponsorId = sponsor.id;
  const make = async (status: "finalized" | "approved") => {
    const sp = await db.sponsorship.create({ data: { sponsorId: sponsor.id, status, year: 2039 } });
    const b = await db.sponsorBenefit.create({
      data: {
        sponsorshipId: sp.id,
        sponsorshipBenefitId: template.id,
        programName: program.name,
        name: "Full conference passes",
        features: {
          create: [
            { kind: "tiered_benefit", quantity: 4 },
            {
              kind: "provided_text_asset",
              internalName: "full_conference_passes_code_2026",
              relatedTo: "sponsorship",
            },
          ],
        },
      },
    });
    return { sponsorshipId: sp.id, benefitId: b.id };
  };
  finalizedBenefit = (await make("finalized")).benefitId;
  await make("approved");
});
afterAll(async () => {
  await db.sponsor.deleteMany({ where: { name: NAME } });
  await db.sponsorshipBenefit.deleteMany({ where: { legacyId: 331 } });
  await new Promise<void>((r) => server.close(() => r()));
});

describe("createPyconVouchers", () => {
  it("signs each request, stores the code of finalized sponsorships only", async () => {
    const api = {
      host,
      key: KEY,
      secret: SECRET,
      scheme: "http" as const,
      allowPrivateHostsForTests: ["127.0.0.1"],
    };
    const reports = await createPyconVouchers(2026, api);
    expect(reports).toEqual([
      {
        sponsorBenefitId: finalizedBenefit,
        sponsor: NAME,
        internalName: "full_conference_passes_code_2026",
        promoCode: `SPNS_COMP_4-${sponsorId}`,
      },
    ]);
    expect(seen.at(-1)).toEqual({
      path: `/2026/api/vouchers/?voucher_type=SPNS_COMP_&quantity=4&sponsor_name=Voucher+test+%C3%9Cn%C3%AFcode+%26+Co&sponsor_id=${sponsorId}`,
      ok: true,
    });
    const sp = await db.sponsorBenefit.findUniqueOrThrow({
      where: { id: finalizedBenefit },
      select: { sponsorshipId: true },
    });
    const asset = await db.genericAsset.findFirstOrThrow({
      where: { sponsorshipId: sp.sponsorshipId, internalName: "full_conference_passes_code_2026" },
    });
    expect(asset.text).toBe(`SPNS_COMP_4-${sponsorId}`);
  });

  it("a wrong secret is refused by the API and nothing is stored", async () => {
    const before = await db.genericAsset.count({ where: { text: { startsWith: "SPNS_" } } });
    const reports = await createPyconVouchers(2026, {
      host,
      key: KEY,
      secret: "wrong",
      scheme: "http",
      allowPrivateHostsForTests: ["127.0.0.1"],
    });
    expect(reports.map((r) => r.promoCode)).toEqual([null]);
    expect(seen.at(-1)!.ok).toBe(false);
    expect(await db.genericAsset.count({ where: { text: { startsWith: "SPNS_" } } })).toBe(before);
  });
});
