import { describe, expect, it } from "vitest";
import { osFormSchema, releaseFileFormSchema, releaseFormSchema, releasesBulkSchema } from "./schema";

// The admin forms keep the API's field names; their output is the mutations' domain input.
describe("downloads admin form schemas", () => {
  it("turns the release form into domain input (UTC date, numeric version, checkboxes)", () => {
    const out = releaseFormSchema.parse({
      id: "",
      name: " Python 3.99.0 ",
      slug: "",
      version: "3",
      release_date: "2026-10-01T14:30",
      release_notes_url: "",
      is_published: "on",
      show_on_download_page: "on",
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
    const r = releaseFormSchema.safeParse({ name: "", slug: "a b", version: "4", release_date: "soon" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["name", "release_date", "slug", "version"]);
  });

  it("gives the file form's OS as an id and keeps the API names out of the input", () => {
    const out = releaseFileFormSchema.parse({
      fileId: "5",
      releaseId: "2",
      name: "python.exe",
      os: "3",
      description: "",
      url: "https://www.python.org/ftp/python/python.exe",
      sha256_sum: "",
      md5_sum: "",
      filesize: "10",
      gpg_signature_file: "",
      sigstore_signature_file: "",
      sigstore_cert_file: "",
      sigstore_bundle_file: "",
      sbom_spdx2_file: "",
    });
    expect(out.input).toMatchObject({ osId: 3, filesize: 10, downloadButton: false, isSource: false });
    expect(out.input).not.toHaveProperty("os");
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
