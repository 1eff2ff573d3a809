import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFundingManifest } from "./manifest";

describe("readFundingManifest (serve_funding_json)", () => {
  it("serves the PSF's floss.fund manifest", async () => {
    const { status, body } = await readFundingManifest();
    expect(status).toBe(200);
    const manifest = body as {
      version: string;
      entity: { name: string };
      funding: { plans: { guid: string; channels: string[] }[]; channels: { guid: string }[] };
    };
    expect(manifest.version).toBe("v1.0.0");
    expect(manifest.entity.name).toBe("Python Software Foundation");
    // Every plan names channels the manifest defines (the floss.fund schema's rule).
    const channels = new Set(manifest.funding.channels.map((c) => c.guid));
    for (const plan of manifest.funding.plans)
      for (const c of plan.channels) expect([plan.guid, channels.has(c)]).toEqual([plan.guid, true]);
  });

  it("answers a missing file with 404 and a broken one with 500, both as JSON error bodies", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "funding-"));
    expect(await readFundingManifest(path.join(dir, "absent.json"))).toEqual({
      status: 404,
      body: { error: "funding.json not found" },
    });
    writeFileSync(path.join(dir, "broken.json"), "{ not json");
    expect(await readFundingManifest(path.join(dir, "broken.json"))).toEqual({
      status: 500,
      body: { error: "Invalid JSON in funding.json" },
    });
  });
});
