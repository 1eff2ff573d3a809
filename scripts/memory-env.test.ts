import { describe, expect, it } from "vitest";
import { HEAP_LIMIT_MB, productionMemoryEnv } from "./memory-env";

describe("productionMemoryEnv", () => {
  it("caps the old space and the malloc arenas when nothing is set", () => {
    expect(productionMemoryEnv({})).toEqual({
      MALLOC_ARENA_MAX: "2",
      NODE_OPTIONS: `--max-old-space-size=${HEAP_LIMIT_MB}`,
    });
  });

  it("keeps the operator's own options and adds the cap after them", () => {
    expect(productionMemoryEnv({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(
      `--enable-source-maps --max-old-space-size=${HEAP_LIMIT_MB}`,
    );
  });

  it("changes nothing the operator chose", () => {
    expect(productionMemoryEnv({ MALLOC_ARENA_MAX: "4", NODE_OPTIONS: "--max-old-space-size=1024" })).toEqual(
      {},
    );
  });
});

describe("the Docker image", () => {
  it("starts its server with the same memory settings as npm start", async () => {
    const { readFile } = await import("node:fs/promises");
    const dockerfile = await readFile(new URL("../Dockerfile", import.meta.url), "utf8");
    for (const [name, value] of Object.entries(productionMemoryEnv({})))
      expect(dockerfile).toMatch(new RegExp(`\\b${name}=${value.replace(/[-/]/g, "\\$&")}(\\s|$)`));
  });
});
