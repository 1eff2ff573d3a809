import { describe, expect, it } from "vitest";
import {
  checkWrites,
  parseSoakArgs,
  parseVmRssMb,
  percentile,
  pickWeighted,
  renderSoakSection,
  replaceSection,
  soakFailures,
  SOAK_HEADING,
  summarizeRoute,
  type RouteSummary,
  type SoakReport,
} from "./soak-stats";

describe("parseSoakArgs", () => {
  it("defaults to 10 minutes and a probed rate", () => {
    expect(parseSoakArgs(["--soak"])).toEqual({ minutes: 10, rate: null });
    expect(parseSoakArgs(["--soak", "--rate", "40"])).toEqual({ minutes: 10, rate: 40 });
  });
  it("takes the minutes after --soak and a rate", () => {
    expect(parseSoakArgs(["--soak", "2.5", "--rate", "12"])).toEqual({ minutes: 2.5, rate: 12 });
  });
  it("refuses nonsense", () => {
    expect(() => parseSoakArgs(["--soak", "0"])).toThrow(/positive number of minutes/);
    expect(() => parseSoakArgs(["--soak", "--rate", "x"])).toThrow(/--rate/);
  });
});

describe("pickWeighted", () => {
  it("maps [0, 1) onto the weights in order", () => {
    const w = [1, 3, 0, 1]; // total 5: [0, .2) → 0, [.2, .8) → 1, [.8, 1) → 3; weight 0 never
    expect(pickWeighted(w, 0)).toBe(0);
    expect(pickWeighted(w, 0.19)).toBe(0);
    expect(pickWeighted(w, 0.2)).toBe(1);
    expect(pickWeighted(w, 0.79)).toBe(1);
    expect(pickWeighted(w, 0.8)).toBe(3);
    expect(pickWeighted(w, 0.999)).toBe(3);
  });
});

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it("is the nearest rank", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7, 9], 50)).toBe(7);
    expect(percentile([7, 9], 99)).toBe(9);
    expect(percentile([5], 1)).toBe(5);
    expect(percentile([], 99)).toBe(0);
  });
});

describe("summarizeRoute", () => {
  it("sorts before ranking and splits 5xx, no answer and other statuses", () => {
    const s = summarizeRoute({
      route: "GET /",
      expected: 200,
      latencies: [30.4, 10.2, 20.6, 1000],
      statuses: [200, 503, 0, 404],
      unacknowledged: 0,
    });
    expect(s).toEqual({
      route: "GET /",
      count: 4,
      p50: 21,
      p99: 1000,
      max: 1000,
      serverErrors: 1,
      noResponse: 1,
      unexpected: 1,
    });
  });
  it("counts an expected status without its acknowledgment as unexpected", () => {
    const s = summarizeRoute({
      route: "w",
      expected: 201,
      latencies: [1, 2],
      statuses: [201, 201],
      unacknowledged: 1,
    });
    expect(s.unexpected).toBe(1);
  });
});

describe("checkWrites", () => {
  it("finds a write only under its own marker with its own id", () => {
    const acked = new Map([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    const stored = new Map([
      ["a", 1],
      ["b", 5], // another row took the marker: not the acknowledged write
      ["z", 9], // committed, never acknowledged (its answer timed out)
    ]);
    expect(checkWrites(acked, stored)).toEqual({
      acknowledged: 3,
      found: 1,
      lost: ["b", "c"],
      unacknowledgedFound: 1,
    });
  });
});

const row = (over: Partial<RouteSummary> = {}): RouteSummary => ({
  route: "GET /",
  count: 10,
  p50: 5,
  p99: 50,
  max: 60,
  serverErrors: 0,
  noResponse: 0,
  unexpected: 0,
  ...over,
});
const report = (over: Partial<SoakReport> = {}): SoakReport => ({
  at: "2026-12-04T01:00:00.000Z",
  commit: "abc1234",
  minutes: 10,
  rate: 40,
  capacity: 80,
  requests: 24_100,
  operations: 24_000,
  skipped: 0,
  routes: [row()],
  beforeSoak: [row()],
  writes: { acknowledged: 5, found: 5, lost: [], unacknowledgedFound: 0 },
  rssMb: { afterWarmUp: 300, soakStart: 400, min: 350, peak: 500, end: 450 },
  loadAverage: { min: 2, max: 5.25 },
  ...over,
});

describe("soakFailures", () => {
  it("passes a clean run", () => expect(soakFailures(report())).toEqual([]));
  it("fails on 5xx, silence, wrong statuses and lost writes, before or during the soak", () => {
    const failures = soakFailures(
      report({
        routes: [row({ serverErrors: 2, noResponse: 1 })],
        beforeSoak: [row({ serverErrors: 1, unexpected: 4 })],
        writes: { acknowledged: 5, found: 4, lost: ["x"], unacknowledgedFound: 0 },
      }),
    );
    expect(failures).toEqual([
      "3 responses were 5xx",
      "1 requests got no response (refused or timed out)",
      "4 responses had another status than the route's",
      "1 acknowledged writes are not in the database",
    ]);
  });
});

describe("renderSoakSection", () => {
  it("states the figures, the machine and the verdict", () => {
    const md = renderSoakSection(report({ routes: [row({ route: "GET /x", p99: 77, serverErrors: 1 })] }));
    expect(md.startsWith(`${SOAK_HEADING}\n`)).toBe(true);
    expect(md).toContain("shared 2-core machine");
    expect(md).toContain("40 operations/s, half the 80 operations/s");
    expect(md).toContain("load\naverage 2.0–5.3");
    expect(md).toContain("included): 5; found in the database: 5.");
    expect(md).toContain(
      "300 MB after warm-up, 400 MB at the start of the soak, 450 MB at the end; sampled every 10 s, it ranged 350–500 MB.",
    );
    expect(md).toContain("| GET /x | 10 | 5 | 77 | 60 | 1 | 0 |");
    expect(md).toContain("**Result: failed: 1 responses were 5xx.**");
  });
});

describe("replaceSection", () => {
  const doc = "# B\n\nintro\n\n## Soak (issue #22)\n\nold figures\n\n## Later\n\nkept\n";
  it("replaces the section up to the next heading, and only it", () => {
    const out = replaceSection(doc, SOAK_HEADING, "## Soak (issue #22)\n\nnew figures\n");
    expect(out).toBe("# B\n\nintro\n\n## Soak (issue #22)\n\nnew figures\n\n## Later\n\nkept\n");
    // Again: the same text, not a second copy.
    expect(replaceSection(out, SOAK_HEADING, "## Soak (issue #22)\n\nnew figures\n")).toBe(out);
  });
  it("replaces a last section to the end, and appends one that is missing", () => {
    const last = "# B\n\n## Soak (issue #22)\n\nold\nlines\n";
    expect(replaceSection(last, SOAK_HEADING, "## Soak (issue #22)\n\nnew\n")).toBe(
      "# B\n\n## Soak (issue #22)\n\nnew\n",
    );
    expect(replaceSection("# B\n\nintro\n", SOAK_HEADING, "## Soak (issue #22)\n\nnew\n")).toBe(
      "# B\n\nintro\n\n## Soak (issue #22)\n\nnew\n",
    );
  });
  it("keeps deeper headings inside the section in the replaced part", () => {
    const nested = "## Soak (issue #22)\n\n### detail\n\nold\n\n## Next\n";
    expect(replaceSection(nested, SOAK_HEADING, "## Soak (issue #22)\n\nnew\n")).toBe(
      "## Soak (issue #22)\n\nnew\n\n## Next\n",
    );
  });
});

describe("parseVmRssMb", () => {
  it("reads VmRSS in kB as MB", () => {
    expect(parseVmRssMb("Name:\tnext-server\nVmPeak:\t 9000 kB\nVmRSS:\t  524288 kB\nRssAnon: 1 kB\n")).toBe(
      512,
    );
    expect(parseVmRssMb("Name:\tzombie\n")).toBe(0);
  });
});
