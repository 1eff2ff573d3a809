import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { listReleaseCycle } from "@/lib/downloads/cycle/data";
import { refreshReleaseCycle } from "@/lib/downloads/cycle/mutations";
import { FetchRefusedError } from "@/lib/platform/fetch";

// The release-cycle refresh against real rows and a real HTTP server on 127.0.0.1 standing in for
// peps.python.org (allowed through the fetcher's test-only option).
let server: http.Server;
let base = "";
let answer: { status: number; body: string; location?: string } = { status: 200, body: "{}" };
const local = {
  protocols: ["http:", "https:"] as ("http:" | "https:")[],
  allowPrivateHostsForTests: ["127.0.0.1"],
};

const feed = {
  "3.14": {
    branch: "3.14",
    pep: 745,
    status: "bugfix",
    first_release: "2025-10-07",
    end_of_life: "2030-10",
    release_manager: "A. Manager",
  },
  "3.9": {
    branch: "3.9",
    pep: 596,
    status: "end-of-life",
    first_release: "2020-10-05",
    end_of_life: "2025-10-31",
  },
};

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    res
      .writeHead(answer.status, {
        "content-type": "application/json",
        ...(answer.location ? { location: answer.location } : {}),
      })
      .end(answer.body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/release-cycle.json`;
});

beforeEach(async () => {
  await db.releaseCycle.deleteMany({});
});

afterAll(async () => {
  server.close();
  await db.releaseCycle.deleteMany({});
});

describe("refreshReleaseCycle", () => {
  it("stores the feed's series, and the downloads pages read them instead of the built-in table", async () => {
    expect((await listReleaseCycle()).length).toBeGreaterThan(5); // built-in table before any refresh
    answer = { status: 200, body: JSON.stringify(feed) };
    expect(await refreshReleaseCycle(local, base)).toEqual({ series: 2, changed: true });
    const rows = await db.releaseCycle.findMany({ orderBy: { series: "asc" } });
    expect(
      rows.map((r) => [r.series, r.status, r.firstRelease, r.endOfLife, r.pep, r.releaseManager]),
    ).toEqual([
      ["3.14", "bugfix", "2025-10-07", "2030-10", 745, "A. Manager"],
      ["3.9", "end-of-life", "2020-10-05", "2025-10-31", 596, ""],
    ]);
    expect((await listReleaseCycle()).map((r) => r.series).sort()).toEqual(["3.14", "3.9"]);
    // The same feed again changes nothing (no revalidation needed).
    expect(await refreshReleaseCycle(local, base)).toEqual({ series: 2, changed: false });
  });

  it("keeps the last good copy when the feed fails, is not JSON, or has another shape", async () => {
    answer = { status: 200, body: JSON.stringify(feed) };
    await refreshReleaseCycle(local, base);
    for (const [bad, error] of [
      [{ status: 503, body: "down" }, /unexpected status 503/],
      [{ status: 200, body: "<html>not json</html>" }, /not JSON/],
      [{ status: 200, body: JSON.stringify({ "3.14": { status: 7 } }) }, /no usable series/],
      [{ status: 200, body: JSON.stringify({ latest: { status: "bugfix" } }) }, /no usable series/],
      [{ status: 200, body: "[]" }, /unexpected shape/],
    ] as const) {
      answer = bad;
      await expect(refreshReleaseCycle(local, base)).rejects.toThrow(error);
    }
    expect(await db.releaseCycle.count()).toBe(2);
  });

  it("skips entries it cannot read and keeps the rest", async () => {
    answer = {
      status: 200,
      body: JSON.stringify({ ...feed, "3.15t": { status: "feature" }, "3.13": { status: 42 } }),
    };
    expect(await refreshReleaseCycle(local, base)).toEqual({ series: 2, changed: true });
    expect((await db.releaseCycle.findMany()).map((r) => r.series).sort()).toEqual(["3.14", "3.9"]);
  });

  it("fetches only from the feed's own host, and never from a private address", async () => {
    answer = { status: 200, body: JSON.stringify(feed) };
    const refused = (reason: string) =>
      expect.objectContaining({ constructor: FetchRefusedError, reason }) as unknown as Error;
    await expect(refreshReleaseCycle({ protocols: local.protocols }, base)).rejects.toEqual(
      refused("private-address"),
    );
    // A redirect to another host is refused even though that host is reachable.
    answer = { status: 302, body: "", location: base.replace("127.0.0.1", "localhost") };
    await expect(
      refreshReleaseCycle({ ...local, allowPrivateHostsForTests: ["127.0.0.1", "localhost"] }, base),
    ).rejects.toEqual(refused("host-not-allowed"));
    expect(await db.releaseCycle.count()).toBe(0);
  });
});
