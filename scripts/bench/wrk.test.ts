import { describe, expect, it } from "vitest";
import { parseWrkOutput } from "./wrk";

// A shell's /proc/<pid>/stat after wrk ended: utime 1, stime 0, cutime 812, cstime 1490.
const stat = "4242 (sh) S 4200 4242 4200 0 -1 4194304 120 900 0 0 1 0 812 1490 20 0 1 0 99 2400000 200";

describe("parseWrkOutput", () => {
  it("reads the report line and wrk's CPU from the shell's children times", () => {
    const out = `Running 10s test @ http://127.0.0.1:3465/\nWRK requests=500000 micros=10012345 p99us=2300 errors=1 status=2\n${stat}\n`;
    expect(parseWrkOutput(out)).toEqual({
      requests: 500_000,
      micros: 10_012_345,
      p99us: 2300,
      errors: 3,
      clientTicks: 812 + 1490,
    });
  });

  it("throws when wrk printed no report or the stat line is missing", () => {
    expect(() => parseWrkOutput("unable to connect to 127.0.0.1:3465\n")).toThrow(/no report/);
    expect(() => parseWrkOutput("WRK requests=1 micros=1 p99us=1 errors=0 status=0\n")).toThrow(/stat line/);
  });
});
