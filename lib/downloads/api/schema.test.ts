import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { v1ReleaseFileBodySchema } from "./v1/release-file/schema";
import { toV1ReleaseFile } from "./v1/release-file/utils";
import { v1ReleaseBodySchema } from "./v1/release/schema";
import { toV1ReleaseFilter } from "./v1/release/utils";
import { createReleaseFileBodySchema } from "./v2/release-file/schema";
import { patchReleaseBodySchema } from "./v2/release/schema";

/** The field errors a body gets, keyed by field, as withApi reports them. */
const errorsOf = (schema: z.ZodType, body: unknown) => {
  const r = schema.safeParse(body);
  if (r.success) throw new Error("expected the body to be refused");
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

const file = {
  name: "python-3.14.1-amd64.exe",
  url: "https://www.python.org/ftp/python/3.14.1/python-3.14.1-amd64.exe",
};

describe("v2 bodies: DRF hyperlinks become ids", () => {
  it("parses an absolute or relative hyperlink into the related row's id", () => {
    expect(
      patchReleaseBodySchema.parse({ release_page: "https://www.python.org/api/v2/pages/page/7/" }),
    ).toMatchObject({ releasePageId: 7 });
    expect(patchReleaseBodySchema.parse({ release_page: null })).toMatchObject({ releasePageId: null });
    expect(
      createReleaseFileBodySchema.parse({
        ...file,
        os: "/api/v2/downloads/os/3/",
        release: "https://www.python.org/api/v2/downloads/release/12",
      }),
    ).toMatchObject({ osId: 3, releaseId: 12, name: file.name, url: file.url });
  });

  it("gives the camelCase input the mutations take, leaving out what the body left out", () => {
    const input = patchReleaseBodySchema.parse({ is_published: true, release_date: "2025-10-07T12:00:00Z" });
    expect(input).toMatchObject({ isPublished: true, releaseDate: new Date("2025-10-07T12:00:00Z") });
    expect(input.name).toBeUndefined();
    expect(input.releasePageId).toBeUndefined();
    expect(Object.keys(input).some((k) => k.includes("_"))).toBe(false);
  });

  it("refuses a foreign or malformed link with DRF's message, on the field sent", () => {
    expect(errorsOf(patchReleaseBodySchema, { release_page: "/api/v2/downloads/os/7/" })).toEqual({
      release_page: "Invalid hyperlink - No URL match.",
    });
    expect(
      errorsOf(createReleaseFileBodySchema, { ...file, os: "/api/v2/downloads/release/3/", release: "nope" }),
    ).toEqual({ os: "Invalid hyperlink - No URL match.", release: "Invalid hyperlink - No URL match." });
    expect(
      errorsOf(createReleaseFileBodySchema, { ...file, release: "/api/v2/downloads/release/1/" }),
    ).toEqual({
      os: "This field is required.",
    });
  });
});

describe("v1 bodies: Tastypie resource URIs become ids", () => {
  it("parses a relative or absolute resource URI into the related row's id", () => {
    expect(
      v1ReleaseBodySchema.parse({ name: "Python 3.14.1", release_page: "/api/v1/pages/page/5/" }),
    ).toMatchObject({
      name: "Python 3.14.1",
      releasePageId: 5,
    });
    expect(
      v1ReleaseFileBodySchema.parse({
        ...file,
        os: "https://www.python.org/api/v1/downloads/os/2/",
        release: "/api/v1/downloads/release/40",
      }),
    ).toMatchObject({ osId: 2, releaseId: 40 });
  });

  it("reads a naive release date as UTC, as the v1 API always did", () => {
    expect(v1ReleaseBodySchema.parse({ name: "Python 3.14.1", release_date: "2025-10-07" })).toMatchObject({
      releaseDate: new Date("2025-10-07T00:00:00Z"),
    });
  });

  it("refuses a v2 link or another resource's URI with Tastypie's message", () => {
    const message = "Could not find the provided object via resource URI.";
    expect(errorsOf(v1ReleaseBodySchema, { name: "x", release_page: "/api/v2/pages/page/5/" })).toEqual({
      release_page: message,
    });
    expect(
      errorsOf(v1ReleaseFileBodySchema, {
        ...file,
        os: "/api/v1/downloads/release/2/",
        release: "/api/v1/downloads/release/x/",
      }),
    ).toEqual({ os: message, release: message });
  });
});

describe("v1 response mapper and filters", () => {
  it("serializes a file row as Tastypie did: keys sorted, related rows as v1 URIs", () => {
    const out = toV1ReleaseFile({
      id: 9,
      name: "n",
      slug: "s",
      osId: 2,
      releaseId: 40,
      description: "",
      isSource: false,
      url: file.url,
      gpgSignatureFile: "",
      md5Sum: "",
      sha256Sum: "",
      filesize: 10,
      downloadButton: true,
      sigstoreSignatureFile: "",
      sigstoreCertFile: "",
      sigstoreBundleFile: "",
      sbomSpdx2File: "",
    });
    expect(Object.keys(out)).toEqual([...Object.keys(out)].sort());
    expect(out).toMatchObject({
      os: "/api/v1/downloads/os/2/",
      release: "/api/v1/downloads/release/40/",
      resource_uri: "/api/v1/downloads/release_file/9/",
      download_button: true,
    });
  });

  it("turns version__startswith into the versions it matches (none for a non-number)", () => {
    const base = { limit: 20, offset: 0 };
    expect(toV1ReleaseFilter({ ...base, version__startswith: "1" }).versionIn).toEqual([1, 100]);
    expect(toV1ReleaseFilter({ ...base, version__startswith: "x" }).versionIn).toEqual([]);
    expect(toV1ReleaseFilter(base).versionIn).toBeUndefined();
  });
});
