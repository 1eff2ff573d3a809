import { describe, expect, it } from "vitest";
import {
  cloneDueDate,
  cloneInternalName,
  cloneYearError,
  hasCapacity,
  idealLogoWidth,
  imageSize,
  nextStatus,
  tieredName,
} from "./utils";

describe("sponsorship rules without a database", () => {
  it("next_status: applied → approved|rejected, approved → finalized, the rest terminal", () => {
    expect(nextStatus("applied")).toEqual(["approved", "rejected"]);
    expect(nextStatus("approved")).toEqual(["finalized"]);
    expect(nextStatus("rejected")).toEqual([]);
    expect(nextStatus("finalized")).toEqual([]);
  });

  it("capacity: unavailable or a used-up hard capacity has none; soft capacity always has", () => {
    expect(hasCapacity({ unavailable: true, remainingCapacity: null, softCapacity: false })).toBe(false);
    expect(hasCapacity({ unavailable: false, remainingCapacity: 0, softCapacity: false })).toBe(false);
    expect(hasCapacity({ unavailable: false, remainingCapacity: 0, softCapacity: true })).toBe(true);
    expect(hasCapacity({ unavailable: false, remainingCapacity: 3, softCapacity: false })).toBe(true);
  });

  it("cloning rewrites the year in internal names (or suffixes it) and due dates", () => {
    expect(cloneInternalName("logo_2025_hi", 2025, 2026)).toBe("logo_2026_hi");
    expect(cloneInternalName("logo", 2025, 2026)).toBe("logo_2026");
    expect(cloneDueDate(new Date(Date.UTC(2025, 2, 15)), 2026)).toEqual(new Date(Date.UTC(2026, 2, 15)));
    expect(cloneDueDate(new Date(Date.UTC(2024, 1, 29)), 2025)).toEqual(new Date(Date.UTC(2025, 1, 28)));
    expect(cloneDueDate(null, 2026)).toBeNull();
  });

  it("the clone form's year rules", () => {
    expect(cloneYearError(2025, 2026, [2025])).toBeNull();
    expect(cloneYearError(2024, 2026, [2025])).toMatch(/not one of the available choices/);
    expect(cloneYearError(2025, 2025, [2025])).toMatch(/greater/);
    expect(cloneYearError(2025, 2051, [2025])).toMatch(/2050/);
    expect(cloneYearError(2024, 2025, [2024, 2025])).toMatch(/already has a configuration/);
  });

  it("ideal_size keeps the area of a 10 × dimension px box whatever the shape", () => {
    expect(idealLogoWidth(100, 100, 100)).toBe(100);
    const w = idealLogoWidth(400, 100, 100);
    expect(w).toBe(200);
    expect(w * (w / 4)).toBe(100 * 100);
    expect(idealLogoWidth(0, 0, 175)).toBe(Math.trunc(175 * Math.sqrt(100 / 175)));
  });

  it("a tier renames the benefit for its own package only", () => {
    const tier = { packageId: 3, quantity: 4, displayLabel: null };
    expect(tieredName("Passes", tier, 3)).toBe("Passes (4)");
    expect(tieredName("Passes", { ...tier, displayLabel: "Island" }, 3)).toBe("Passes (Island)");
    expect(tieredName("Passes", tier, 2)).toBe("Passes");
  });
});

describe("imageSize", () => {
  it("reads PNG and GIF headers and refuses anything else", async () => {
    const { demoLogoPng } = await import("@/tests/factories/sponsors");
    expect(imageSize(demoLogoPng(37, 11, [1, 2, 3]))).toEqual({ width: 37, height: 11 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x01, 0x40, 0x00]);
    expect(imageSize(gif)).toEqual({ width: 288, height: 64 });
    expect(imageSize(new TextEncoder().encode("<svg width='10' height='10'/>"))).toBeNull();
  });

  it("finds a JPEG's frame after its other segments", () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x2a, 0x01, 0x00, 0x03, 0,
      0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(imageSize(jpeg)).toEqual({ width: 256, height: 42 });
  });
});
