import { describe, expect, it } from "vitest";
import { parseFileLines, toNewReleaseFiles } from "./utils";

const base = "https://www.python.org/ftp/python/3.14.1/";

describe("parseFileLines", () => {
  it("reads URL, OS, checksum, size and flags", () => {
    const sha = "a".repeat(64);
    const { files, errors } = parseFileLines(
      `# comment\n${base}python-3.14.1-amd64.exe windows ${sha} 28000000 asc sigstore button\n\n${base}Python-3.14.1.tgz source sbom source`,
      ["windows", "source"],
    );
    expect(errors).toEqual([]);
    expect(files[0]).toEqual({
      name: "python-3.14.1-amd64.exe",
      url: `${base}python-3.14.1-amd64.exe`,
      osSlug: "windows",
      sha256Sum: sha,
      filesize: 28_000_000,
      gpgSignatureFile: `${base}python-3.14.1-amd64.exe.asc`,
      sigstoreBundleFile: `${base}python-3.14.1-amd64.exe.sigstore`,
      downloadButton: true,
    });
    expect(files[1]).toMatchObject({
      osSlug: "source",
      isSource: true,
      sbomSpdx2File: `${base}Python-3.14.1.tgz.spdx.json`,
    });
  });

  it("names the line of every problem", () => {
    const { errors } = parseFileLines(`not-a-url windows\n${base}x.exe plan9\n${base}y.exe windows shiny`, [
      "windows",
    ]);
    expect(errors).toEqual([
      'Line 1: "not-a-url" is not a URL.',
      "Line 2: give an operating system (windows).",
      'Line 3: "shiny" is not a SHA-256, a size or a known flag.',
    ]);
    expect(parseFileLines("  \n", ["windows"]).errors).toEqual(["Add at least one file."]);
  });
});

describe("toNewReleaseFiles", () => {
  it("gives the mutation the OS by id and camelCase columns", () => {
    const { files } = parseFileLines(
      "https://www.python.org/ftp/python/3.99.0/python.exe windows asc button",
      ["windows"],
    );
    expect(toNewReleaseFiles(files, new Map([["windows", 4]]))).toEqual([
      expect.objectContaining({
        name: "python.exe",
        osId: 4,
        gpgSignatureFile: "https://www.python.org/ftp/python/3.99.0/python.exe.asc",
        downloadButton: true,
      }),
    ]);
  });
});
