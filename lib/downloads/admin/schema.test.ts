import { describe, expect, it } from "vitest";
import { osFormSchema, releaseFileFormSchema, releaseFormSchema, releasesBulkSchema } from "./schema";

// The admin forms use the mutations' input names; their output is that domain input.
describe("downloads admin form schemas", () => {
  it("turns the release form into domain input (UTC date, numeric version, checkboxes)", () => {
    const out = releaseFormSchema.parse({
      id: "",
      name: " Python 3.99.0 ",
      slug: "",
      version: "3",
      releaseDate: "2026-10-01T14:30",
      releaseNotesUrl: "",
      isPublished: "on",
      showOnDownloadPage: "on",
    });
    expect(out).toEqual({
      id: undefined,
      input: {
        name: "Python 3.99.0",
        slug: undefined,
        version: 3,
        releaseDate: new Date("2026-10-01T14:30:00Z"),
        releaseNotesUrl: "",
        isPublished: true,
        isLatest: false,
        preRelease: false,
        showOnDownloadPage: true,
      },
    });
  });

  it("words its refusals for the form's fields", () => {
    const r = releaseFormSchema.safeParse({ name: "", slug: "a b", version: "4", releaseDate: "soon" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["name", "releaseDate", "slug", "version"]);
  });

  it("gives the file form's OS as an id and keeps the page's ids out of the input", () => {
    const out = releaseFileFormSchema.parse({
      fileId: "5",
      releaseId: "2",
      name: "python.exe",
      osId: "3",
      description: "",
      url: "https://www.python.org/ftp/python/python.exe",
      sha256Sum: "",
      md5Sum: "",
      filesize: "10",
      gpgSignatureFile: "",
      sigstoreSignatureFile: "",
      sigstoreCertFile: "",
      sigstoreBundleFile: "",
      sbomSpdx2File: "",
    });
    expect(out.input).toMatchObject({ osId: 3, filesize: 10, downloadButton: false, isSource: false });
    expect(out.input).not.toHaveProperty("fileId");
    expect(out.input).not.toHaveProperty("releaseId");
    expect(osFormSchema.parse({ id: "7", name: "Plan 9", slug: "" })).toEqual({
      id: 7,
      input: { name: "Plan 9", slug: undefined },
    });
  });

  it("takes one or many checked rows for a bulk operation, never none", () => {
    expect(releasesBulkSchema.parse({ ids: "4", op: "publish" }).ids).toEqual([4]);
    expect(releasesBulkSchema.parse({ ids: ["4", "5"], op: "unpublish" }).ids).toEqual([4, 5]);
    expect(releasesBulkSchema.safeParse({ op: "publish" }).success).toBe(false);
  });
});
