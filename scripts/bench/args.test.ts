import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./args";

describe("parseBenchArgs", () => {
  it("runs the whole ratio bench for 10 s by default, or for the seconds given", () => {
    expect(parseBenchArgs([])).toEqual({
      mode: "ratios",
      seconds: 10,
      uncached: false,
      cache: "cached",
      only: [],
    });
    expect(parseBenchArgs(["20"])).toMatchObject({ mode: "ratios", seconds: 20, uncached: false });
  });

  it("runs the edge rows alone with --edge-only, with or without seconds", () => {
    expect(parseBenchArgs(["--edge-only"])).toMatchObject({ mode: "edge", seconds: 10, uncached: false });
    expect(parseBenchArgs(["--edge-only", "5"]).seconds).toBe(5);
  });

  it("keeps --targets, --uncached and --soak as they were", () => {
    expect(parseBenchArgs(["--targets", "8"])).toMatchObject({
      mode: "targets",
      seconds: 8,
      cache: "cached",
    });
    expect(parseBenchArgs(["--uncached"])).toMatchObject({
      mode: "targets",
      uncached: true,
      cache: "uncached",
    });
    expect(parseBenchArgs(["--soak", "10"]).mode).toBe("soak");
  });

  it("takes --page-miss as the targets with only the page cache missing, and --only as a filter", () => {
    expect(parseBenchArgs(["--page-miss", "6"])).toMatchObject({
      mode: "targets",
      seconds: 6,
      uncached: false,
      cache: "page-miss",
    });
    expect(parseBenchArgs(["--targets", "--only=/jobs/,static"]).only).toEqual(["/jobs/", "static"]);
    // --uncached wins when both are given: it misses every cache, the page's included.
    expect(parseBenchArgs(["--uncached", "--page-miss"]).cache).toBe("uncached");
  });
});
