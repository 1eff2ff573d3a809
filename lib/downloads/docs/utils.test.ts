import { describe, expect, it } from "vitest";
import type { ReleaseSummary } from "@/lib/downloads/types";
import { groupDocsVersions } from "./utils";

const r = (version: string, preRelease = false): ReleaseSummary => ({
  name: `Python ${version}`,
  slug: `python-${version.replace(/\./g, "")}`,
  version,
  releaseDate: new Date("2025-01-01T00:00:00Z"),
  preRelease,
  releaseNotesUrl: "",
});

describe("groupDocsVersions", () => {
  it("groups final releases by series, newest first, and skips pre-releases and undocumented versions", () => {
    const groups = groupDocsVersions([
      r("3.9.25"),
      r("3.10.19"),
      r("3.10.18"),
      r("3.15.0a1", true),
      r("2.4.6"),
      r("2.7.18"),
    ]);
    expect(groups.map((g) => g.series)).toEqual(["3.10", "3.9", "2.7"]);
    expect(groups[0]!.versions.map((v) => v.version)).toEqual(["3.10.19", "3.10.18"]);
    expect(groups[0]!.versions[0]!.url).toBe("https://docs.python.org/release/3.10.19/");
  });

  it("shows X.Y.0 releases up to 3.2 as X.Y", () => {
    const [group] = groupDocsVersions([r("3.1.0")]);
    expect(group!.versions[0]).toMatchObject({
      label: "Python 3.1",
      url: "https://docs.python.org/release/3.1/",
    });
  });
});
