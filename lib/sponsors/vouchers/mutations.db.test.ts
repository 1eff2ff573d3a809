/**
 * §8.4 management commands: create_pycon_vouchers_for_sponsors stores the promo codes, against a
 * local HTTP server standing in for the PyCon API that checks the key and the sha1 signature;
 * a code already stored is not asked again; and the same through the Inngest function
 * (sponsors-create-pycon-vouchers) and the in-process job runner, configured from the environment.
 */
import { createServer, type Server } from "node:http";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runJobNow } from "@/inngest/client";
import { sponsorPyconVouchersJob } from "@/inngest/functions/sponsors";
import { db } from "@/lib/platform/db";
import { createPyconVouchers } from "./mutations";
import { voucherSignature } from "./utils";

// PYCON_API_* are read once, when lib/platform/env.ts loads: name a free port before anything imports it.
const api = await vi.hoisted(async () => {
  const { createServer: listen } = await import("node:net");
  const port = await new Promise<number>((resolve) => {
    const s = listen().listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  Object.assign(process.env, {
    PYCON_API_HOST: `127.0.0.1:${port}`,
    PYCON_API_KEY: "key-1",
    PYCON_API_SECRET: "s3cret",
  });
  return { port };
});

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
  await new Promise<void>((r) => server.listen(api.port, "127.0.0.1", r));
  host = `127.0.0.1:${api.port}`;

  await db.sponsor.deleteMany({ where: { name: NAME } });
  await db.sponsorshipBenefit.deleteMany({ where: { legacyId: 331 } });
  // A database of its own (the db tests run alone too): a program if none is seeded.
  const program =
    (await db.sponsorshipProgram.findFirst()) ??
    (await db.sponsorshipProgram.create({ data: { name: "Voucher test program" } }));
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

const local = () => ({
  host,
  key: KEY,
  secret: SECRET,
  scheme: "http" as const,
  allowPrivateHostsForTests: ["127.0.0.1"],
});

async function storedCode(): Promise<string | null> {
  const sp = await db.sponsorBenefit.findUniqueOrThrow({
    where: { id: finalizedBenefit },
    select: { sponsorshipId: true },
  });
  const asset = await db.genericAsset.findFirst({
    where: { sponsorshipId: sp.sponsorshipId, internalName: "full_conference_passes_code_2026" },
  });
  return asset?.text ?? null;
}

const clearCode = async () =>
  db.genericAsset.deleteMany({
    where: { internalName: "full_conference_passes_code_2026", text: { startsWith: "SPNS_" } },
  });

describe("createPyconVouchers", () => {
  it("a wrong secret is refused by the API and nothing is stored", async () => {
    const reports = await createPyconVouchers(2026, { ...local(), secret: "wrong" });
    expect(reports.map((r) => [r.promoCode, r.outcome])).toEqual([[null, "refused"]]);
    expect(seen.at(-1)!.ok).toBe(false);
    expect(await storedCode()).toBeNull();
  });

  it("signs each request, stores the code of finalized sponsorships only, and never asks twice", async () => {
    const reports = await createPyconVouchers(2026, local());
    expect(reports).toEqual([
      {
        sponsorBenefitId: finalizedBenefit,
        sponsor: NAME,
        internalName: "full_conference_passes_code_2026",
        promoCode: `SPNS_COMP_4-${sponsorId}`,
        outcome: "stored",
      },
    ]);
    expect(seen.at(-1)).toEqual({
      path: `/2026/api/vouchers/?voucher_type=SPNS_COMP_&quantity=4&sponsor_name=Voucher+test+%C3%9Cn%C3%AFcode+%26+Co&sponsor_id=${sponsorId}`,
      ok: true,
    });
    expect(await storedCode()).toBe(`SPNS_COMP_4-${sponsorId}`);

    const asked = seen.length;
    const again = await createPyconVouchers(2026, local());
    expect(again.map((r) => [r.promoCode, r.outcome])).toEqual([
      [`SPNS_COMP_4-${sponsorId}`, "already_stored"],
    ]);
    expect(seen.length).toBe(asked);
  });
});

describe("sponsors-create-pycon-vouchers (the job)", () => {
  it("through the Inngest function: the year of the event, the API of the environment, once", async () => {
    await clearCode();
    const asked = seen.length;
    const engine = () => new InngestTestEngine({ function: sponsorPyconVouchersJob.fn as never });
    const event = { name: "sponsors/vouchers.requested", data: { year: 2027 } };
    const first = await engine().execute({ events: [event] as never });
    expect(first.result).toEqual({ year: 2027, stored: 1, alreadyStored: 0, refused: 0 });
    expect(seen.slice(asked)).toHaveLength(1);
    expect(seen.at(-1)).toMatchObject({ ok: true });
    expect(seen.at(-1)!.path).toMatch(/^\/2027\/api\/vouchers\/\?voucher_type=SPNS_COMP_&quantity=4&/);
    expect(await storedCode()).toBe(`SPNS_COMP_4-${sponsorId}`);

    const second = await engine().execute({ events: [event] as never });
    expect(second.result).toEqual({ year: 2027, stored: 0, alreadyStored: 1, refused: 0 });
    expect(seen.slice(asked)).toHaveLength(1);
  });

  it("through the job runner without a year: the current sponsorship year, recorded as a run", async () => {
    await clearCode();
    const current = await db.sponsorshipCurrentYear.upsert({
      where: { id: 1 },
      update: {},
      create: { id: 1, year: 2031 },
      select: { year: true },
    });
    const { runId, status } = await runJobNow("sponsors-create-pycon-vouchers");
    expect(status).toBe("succeeded");
    expect(seen.at(-1)!.path.startsWith(`/${current.year}/api/vouchers/`)).toBe(true);
    expect(seen.at(-1)!.ok).toBe(true);
    expect(await storedCode()).toBe(`SPNS_COMP_4-${sponsorId}`);
    const run = await db.backgroundRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ functionId: "sponsors-create-pycon-vouchers", status: "succeeded" });
  });

  it("a payload with a year that is not a year fails without calling the API", async () => {
    const asked = seen.length;
    const { status } = await runJobNow("sponsors-create-pycon-vouchers", { year: "next" });
    expect(status).toBe("failed");
    expect(seen.length).toBe(asked);
  });
});
