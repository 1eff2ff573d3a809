import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./args";

describe("parseBenchArgs", () => {
  it("runs the whole ratio bench for 10 s by default, or for the seconds given", () => {
    expect(parseBenchArgs([])).toEqual({ mode: "ratios", seconds: 10, uncached: false });
    expect(parseBenchArgs(["20"])).toEqual({ mode: "ratios", seconds: 20, uncached: false });
  });

  it("runs the edge rows alone with --edge-only, with or without seconds", () => {
    expect(parseBenchArgs(["--edge-only"])).toEqual({ mode: "edge", seconds: 10, uncached: false });
    expect(parseBenchArgs(["--edge-only", "5"]).seconds).toBe(5);
  });

  it("keeps --targets, --uncached and --soak as they were", () => {
    expect(parseBenchArgs(["--targets", "8"])).toMatchObject({ mode: "targets", seconds: 8 });
    expect(parseBenchArgs(["--uncached"])).toMatchObject({ mode: "targets", uncached: true });
    expect(parseBenchArgs(["--soak", "10"]).mode).toBe("soak");
  });
});
