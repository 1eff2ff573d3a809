import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changedFields } from "./compare";
import { readJsonArray, spoolDump } from "./dump";
import { orderMappings, registry, selectMappings } from "./registry";
import { durationSeconds } from "./models/events";
import { menuUrl } from "./models/navigation";
import { ourPermission } from "./models/users";

const dir = mkdtempSync(path.join(tmpdir(), "dump-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readJsonArray", () => {
  it("cuts objects across 1 MiB read chunks, with brackets, braces and escaped quotes inside strings", async () => {
    const tricky = 'a "quoted" {brace} [bracket] \\ back\\slash ünïcödé 🐍 '.repeat(2000);
    const rows = Array.from({ length: 60 }, (_, i) => ({
      model: "boxes.box",
      pk: i,
      fields: { content: `${i}:${tricky}`, list: [1, [2, { x: "]" }]] },
    }));
    const file = path.join(dir, "big.json");
    writeFileSync(file, JSON.stringify(rows, null, 4));
    const got: unknown[] = [];
    for await (const row of readJsonArray(file)) got.push(row);
    expect(got).toEqual(rows);
  });

  it("refuses what is not a dumpdata array", async () => {
    const file = path.join(dir, "bad.json");
    writeFileSync(file, '{"model": "x"}');
    await expect(async () => {
      for await (const _ of readJsonArray(file)) void _;
    }).rejects.toThrow(/JSON array/);
    writeFileSync(file, '[{"model": "x", "fields": {}}');
    await expect(async () => {
      for await (const _ of readJsonArray(file)) void _;
    }).rejects.toThrow(/not a complete JSON array/);
  });

  it("spools rows per model (lower-cased) and counts the models it leaves out", async () => {
    const file = path.join(dir, "mixed.json");
    writeFileSync(
      file,
      JSON.stringify([
        { model: "Boxes.Box", pk: 1, fields: {} },
        { model: "sessions.session", pk: "k", fields: {} },
        { model: "boxes.box", pk: 2, fields: {} },
      ]),
    );
    const spool = await spoolDump([file], (m) => m === "boxes.box");
    const pks: unknown[] = [];
    for await (const r of spool.rows("boxes.box")) pks.push(r.pk);
    spool.dispose();
    expect(pks).toEqual([1, 2]);
    expect(Object.fromEntries(spool.ignored)).toEqual({ "sessions.session": 1 });
  });
});

describe("the mapping registry", () => {
  it("orders every model after the models it depends on", () => {
    const order = orderMappings(registry.flatMap((e) => e.mappings)).map((m) => m.model);
    for (const m of registry.flatMap((e) => e.mappings))
      for (const dep of m.dependsOn ?? [])
        if (order.includes(dep)) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(m.model));
    expect(() =>
      orderMappings([
        { model: "a.a", dependsOn: ["b.b"] },
        { model: "b.b", dependsOn: ["a.a"] },
      ]),
    ).toThrow(/cycle/);
  });

  it("--only takes domain names or Django app labels, and refuses unknown ones", () => {
    expect(
      selectMappings(["downloads"])
        .filter((m) => !m.lookup)
        .map((m) => m.model),
    ).toEqual(["downloads.os", "downloads.release", "downloads.releasefile"]);
    expect(
      selectMappings(["work_groups"])
        .filter((m) => !m.lookup)
        .map((m) => m.model),
    ).toEqual(["work_groups.workgroup"]);
    expect(() => selectMappings(["nope"])).toThrow(/unknown nope/);
  });

  it("brings the lookups a selection reads (a polymorphic model's base rows), and reads the benefits' conflicts after every benefit", () => {
    const sponsors = selectMappings(["sponsors"]).map((m) => m.model);
    const at = (model: string) => sponsors.indexOf(model);
    expect(sponsors).toContain("sponsors.benefitfeatureconfiguration");
    expect(at("sponsors.benefitfeatureconfiguration")).toBeLessThan(at("sponsors.logoplacementconfiguration"));
    expect(at("sponsors.genericasset")).toBeLessThan(at("sponsors.imgasset"));
    expect(at("sponsors.sponsorshipbenefit")).toBeLessThan(at("sponsors.sponsorshipbenefit.conflicts"));
    const conflicts = registry.flatMap((e) => e.mappings).find((m) => m.model === "sponsors.sponsorshipbenefit.conflicts");
    expect(conflicts?.source).toBe("sponsors.sponsorshipbenefit");
    // Lookups come along only where a selected model reads them.
    expect(sponsors).toContain("contenttypes.contenttype");
    const events = selectMappings(["events"]).map((m) => m.model);
    expect(events).not.toContain("sponsors.genericasset");
    expect(events).not.toContain("contenttypes.contenttype");
    expect(selectMappings(["users"]).map((m) => m.model)).toEqual(
      expect.arrayContaining(["contenttypes.contenttype", "account.emailaddress", "users.user"]),
    );
  });

  it("folds Django permissions onto ours and resolves sitetree URL names", () => {
    expect(ourPermission("pages", "change_page")).toBe("pages.edit");
    expect(ourPermission("pages", "view_page")).toBeNull();
    expect(ourPermission("sponsors", "sponsor_publisher")).toBe("sponsors.publish");
    expect(ourPermission("sessions", "change_session")).toBeNull();
    expect(menuUrl("jobs:job_list", true)).toBe("/jobs/");
    expect(menuUrl("/about/apps/", false)).toBe("/about/apps/");
    expect(menuUrl("inner", true)).toBeNull();
    expect(() => menuUrl("nowhere:here", true)).toThrow(/no page here/);
  });
});

describe("field kinds", () => {
  it("reads Django's DurationField as dumpdata writes it", () => {
    expect(durationSeconds("00:15:00")).toBe(900);
    expect(durationSeconds("1 02:03:04.500000")).toBe(93_784);
    expect(durationSeconds("P1DT2H")).toBe(93_600);
    // PostgreSQL's text of an interval (--from-postgres).
    expect(durationSeconds("1 day 02:03:04")).toBe(93_784);
    expect(durationSeconds("2 days")).toBe(172_800);
    expect(durationSeconds("36:00:00")).toBe(129_600);
    expect(() => durationSeconds("")).toThrow(/not a duration/);
    expect(() => durationSeconds("soon")).toThrow(/not a duration/);
  });

  it("compares JSON fields whatever order jsonb gave their keys back in", () => {
    const stored = { id: 1, meta: { b: [1, { y: 2, x: 1 }], a: "z" } };
    expect(changedFields({ meta: { a: "z", b: [1, { x: 1, y: 2 }] } }, stored)).toEqual([]);
    expect(changedFields({ meta: { a: "z", b: [{ x: 1, y: 2 }, 1] } }, stored)).toEqual(["meta"]);
  });
});
