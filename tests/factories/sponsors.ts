/**
 * Demo sponsorship configuration for the current year (tests/factories/sponsors-data.ts) and
 * sponsors in every state: two running finalized sponsorships, one that overlapped an older one,
 * an expired one, an approved one with its draft contract, an application in review and a
 * rejected one. Logos are small generated PNGs of different shapes, stored through the storage
 * interface so /psf/sponsors/ can size them.
 */
import { deflateSync } from "node:zlib";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { storage } from "@/lib/platform/storage";
import { copyBenefit } from "@/lib/sponsors/sponsorship/mutations";
import { BENEFITS, LEGAL_CLAUSES, PACKAGES, PROGRAMS } from "./sponsors-data";
import { seedSponsorConfig } from "./sponsors-config";

export { BENEFITS, PACKAGES, PROGRAMS };

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Uint8Array) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A `w`×`h` PNG: a coloured field with a lighter band, enough to tell logos apart. */
export function demoLogoPng(w: number, h: number, rgb: [number, number, number]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const band = y > h / 3 && y < (2 * h) / 3;
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      rgb.forEach((c, i) => (raw[o + i] = band ? Math.min(255, c + 90) : c));
    }
  }
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    sig,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

type DemoSponsor = {
  name: string;
  url: string;
  pkg: string;
  status: "applied" | "approved" | "rejected" | "finalized";
  logo: [number, number, [number, number, number]];
  /** Years relative to the current one: -1 ran last year. */
  offset?: number;
  overlaps?: string;
};

const SPONSORS: DemoSponsor[] = [
  {
    name: "Example Cloud Ltd",
    url: "https://cloud.example.org/",
    pkg: "visionary",
    status: "finalized",
    logo: [320, 80, [20, 70, 140]],
  },
  {
    name: "Saltmarsh Analytics",
    url: "https://analytics.example.org/",
    pkg: "contributing",
    status: "finalized",
    logo: [120, 120, [120, 40, 40]],
  },
  {
    name: "Northwind Robotics",
    url: "https://robots.example.net/",
    pkg: "sustainability",
    status: "finalized",
    logo: [200, 100, [30, 110, 60]],
  },
  {
    name: "Northwind Robotics",
    url: "https://robots.example.net/",
    pkg: "maintaining",
    status: "finalized",
    logo: [200, 100, [30, 110, 60]],
    overlaps: "sustainability",
  },
  {
    name: "Old Mill Labs",
    url: "https://oldmill.example.com/",
    pkg: "supporting",
    status: "finalized",
    offset: -1,
    logo: [150, 60, [90, 60, 20]],
  },
  {
    name: "Harbor Data Co",
    url: "https://harbor.example.com/",
    pkg: "maintaining",
    status: "approved",
    logo: [180, 90, [10, 90, 110]],
  },
  {
    name: "Tiny Startup GmbH",
    url: "https://tiny.example.org/",
    pkg: "supporting",
    status: "applied",
    logo: [100, 100, [110, 20, 100]],
  },
  {
    name: "Quiet Lake Software",
    url: "https://quietlake.example.net/",
    pkg: "partner",
    status: "rejected",
    logo: [160, 40, [60, 60, 60]],
  },
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export async function seedSponsors(
  db: PrismaClient,
  creatorId: number | null,
  contactUserId: number | null,
  now = new Date(),
) {
  const year = Math.min(2050, Math.max(2022, now.getUTCFullYear()));
  await db.sponsorshipCurrentYear.upsert({ where: { id: 1 }, update: {}, create: { id: 1, year } });
  const { packageIds } = await seedSponsorConfig(db, year, PROGRAMS, PACKAGES, BENEFITS, LEGAL_CLAUSES);
  const last = await seedSponsorConfig(db, year - 1, PROGRAMS, PACKAGES, BENEFITS.slice(0, 6), []);
  const store = storage();
  const made = new Map<string, number>();
  for (const s of SPONSORS) {
    const key = `sponsor_web_logos/${slug(s.name)}.png`;
    if (!(await store.exists(key))) await store.put(key, demoLogoPng(...s.logo), "image/png");
    let sponsor = await db.sponsor.findFirst({ where: { name: s.name }, select: { id: true } });
    if (!sponsor)
      sponsor = await db.sponsor.create({
        data: {
          name: s.name,
          description: `${s.name} builds its products on Python and funds the language it depends on.`,
          landingPageUrl: s.url,
          webLogo: key,
          primaryPhone: "+1 555 0100",
          mailingAddressLine1: "100 Example Street",
          city: "Wilmington",
          state: "DE",
          postalCode: "19801",
          country: "US",
          creatorId,
          contacts: {
            create: [
              {
                name: "Pat Okonkwo",
                email: `sponsors@${new URL(s.url).hostname}`,
                phone: "+1 555 0100",
                primary: true,
                userId: contactUserId,
              },
              {
                name: "Robin Ledger",
                email: `accounts@${new URL(s.url).hostname}`,
                phone: "+1 555 0101",
                accounting: true,
              },
            ],
          },
        },
        select: { id: true },
      });
    const y = year + (s.offset ?? 0);
    const packageId = (s.offset ? last.packageIds : packageIds).get(s.pkg)!;
    const mark = `${s.name}/${s.pkg}/${y}`;
    const existing = await db.sponsorship.findFirst({
      where: { sponsorId: sponsor.id, packageId, year: y },
      select: { id: true },
    });
    if (existing) {
      made.set(mark, existing.id);
      continue;
    }
    const pkg = PACKAGES.find((p) => p.slug === s.pkg)!;
    const start = new Date(Date.UTC(y, 0, 1));
    const end = new Date(Date.UTC(y, 11, 31));
    const dated = s.status === "finalized" || s.status === "approved";
    const sp = await db.sponsorship.create({
      data: {
        sponsorId: sponsor.id,
        status: s.status,
        year: y,
        packageId,
        levelNameOld: pkg.name,
        sponsorshipFee: pkg.sponsorshipAmount,
        submittedById: contactUserId,
        locked: s.status !== "applied",
        appliedOn: new Date(Date.UTC(y - 1, 10, 15)),
        ...(dated ? { startDate: start, endDate: end, approvedOn: new Date(Date.UTC(y - 1, 11, 1)) } : {}),
        ...(s.status === "finalized" ? { finalizedOn: new Date(Date.UTC(y - 1, 11, 10)) } : {}),
        ...(s.status === "rejected" ? { rejectedOn: new Date(Date.UTC(y - 1, 11, 1)) } : {}),
      },
      select: { id: true, sponsorId: true, packageId: true },
    });
    made.set(mark, sp.id);
    const benefits = await db.sponsorshipBenefitPackage.findMany({
      where: { packageId },
      select: { benefitId: true },
    });
    for (const b of benefits) await copyBenefit(db, sp, b.benefitId, false);
    if (s.status === "approved")
      await db.contract.create({ data: { sponsorshipId: sp.id, status: "draft" } });
    if (s.status === "finalized")
      await db.contract.create({ data: { sponsorshipId: sp.id, status: "executed" } });
    if (s.overlaps) {
      const newer = made.get(`${s.name}/${s.overlaps}/${y}`);
      if (newer) await db.sponsorship.update({ where: { id: sp.id }, data: { overlappedById: newer } });
    }
  }
}
