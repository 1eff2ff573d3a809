import type { NextConfig } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";

// next.config.mjs has no type declarations; it is read as Next reads it.
const CONFIG = "../../next.config.mjs";
const nextConfig = ((await import(/* @vite-ignore */ CONFIG)) as { default: NextConfig }).default;

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

async function reportOnlySources(): Promise<string[]> {
  const rules = (await nextConfig.headers!()) as HeaderRule[];
  return rules
    .filter((r) => r.headers.some((h) => h.key === "Content-Security-Policy-Report-Only"))
    .map((r) => r.source);
}

describe("the public pages' Report-Only script policy (next.config.mjs)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is sent on the public pages of a production server", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const sources = await reportOnlySources();
    expect(sources).toContain("/");
    expect(sources).toContain("/api/docs");
  });

  it("is left out in development, where the dev bundler's eval would be reported on every view (#21)", async () => {
    vi.stubEnv("NODE_ENV", "development");
    expect(await reportOnlySources()).toEqual([]);
  });
});
