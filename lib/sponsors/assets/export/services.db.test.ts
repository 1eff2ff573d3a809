/** §8.4 admin views: export assets zip, organised by sponsor directories; assets without values are refused. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { storage } from "@/lib/platform/storage";
import { listAssetsForExport } from "./data";
import { assetsZip } from "./services";
import { assetValue, EXPORT_MESSAGES } from "./utils";

const PREFIX = "Export test ";
const ids: number[] = [];
let emptyId: number;

beforeAll(async () => {
  await db.sponsor.deleteMany({ where: { name: { startsWith: PREFIX } } });
  const a = await db.sponsor.create({ data: { name: `${PREFIX}Acme` } });
  const b = await db.sponsor.create({ data: { name: `${PREFIX}Bolt/Co` } });
  const sp = await db.sponsorship.create({ data: { sponsorId: b.id, status: "finalized", year: 2040 } });
  await storage().put(
    "sponsors-app-assets/export-test-logo.png",
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9]),
    "image/png",
  );
  ids.push(
    (
      await db.genericAsset.create({
        data: {
          sponsorId: a.id,
          type: "img",
          internalName: "print_logo",
          image: "sponsors-app-assets/export-test-logo.png",
        },
      })
    ).id,
    (
      await db.genericAsset.create({
        data: { sponsorshipId: sp.id, type: "text", internalName: "bio_2040", text: "Bolt makes bolts." },
      })
    ).id,
    (
      await db.genericAsset.create({
        data: { sponsorshipId: sp.id, type: "response", internalName: "booth_2040", response: "Yes" },
      })
    ).id,
  );
  emptyId = (
    await db.genericAsset.create({ data: { sponsorshipId: sp.id, type: "text", internalName: "empty_2040" } })
  ).id;
});
afterAll(() => db.sponsor.deleteMany({ where: { name: { startsWith: PREFIX } } }));

describe("assets export", () => {
  it("zips each asset under its sponsor's directory, files with their bytes and texts as .txt", async () => {
    const bytes = new Uint8Array(await new Response(assetsZip(await listAssetsForExport(ids))).arrayBuffer());
    const file = path.join(mkdtempSync(path.join(tmpdir(), "assets-zip-")), "assets.zip");
    writeFileSync(file, bytes);
    const out = execFileSync("python3", [
      "-c",
      "import sys,zipfile,json;z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None;print(json.dumps({n: list(z.read(n)) for n in z.namelist()}))",
      file,
    ]).toString();
    const entries = JSON.parse(out) as Record<string, number[]>;
    expect(Object.keys(entries)).toEqual([
      `${PREFIX}Acme/print_logo.png`,
      `${PREFIX}Bolt Co/bio_2040.txt`,
      `${PREFIX}Bolt Co/booth_2040.txt`,
    ]);
    expect(entries[`${PREFIX}Acme/print_logo.png`]).toEqual([0x89, 0x50, 0x4e, 0x47, 9]);
    expect(Buffer.from(entries[`${PREFIX}Bolt Co/bio_2040.txt`]!).toString()).toBe("Bolt makes bolts.");
  });

  it("names the assets without a value, which the route refuses", async () => {
    const rows = await listAssetsForExport([...ids, emptyId]);
    expect(rows.filter((a) => !assetValue(a)).map((a) => a.internalName)).toEqual(["empty_2040"]);
    expect(EXPORT_MESSAGES.withoutValue(1)).toBe(
      "1 assets from the selection doesn't have data to export. Please review your selection!",
    );
  });
});
