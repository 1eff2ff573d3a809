import { describe, expect, it } from "vitest";
import { renderApiError, toWireError } from "@/lib/api/errors";
import { AppError, FORM_ERROR } from "@/lib/platform/errors";
import { NO_SUCH_RELEASE_PAGE } from "@/lib/downloads/release/utils";
import {
  BUTTON_TAKEN,
  NO_SUCH_OS_OR_RELEASE,
  NO_SUCH_RELEASE,
  validateReleaseFileUrls,
} from "@/lib/downloads/release-file/utils";
import { releaseFileWireErrors, releaseWireErrors } from "./utils";

// The downloads mutations speak domain; these are the bodies python.org's serializers answer
// (and tests/e2e/api-v2-release-files.spec.ts, api-v1.spec.ts check over HTTP).
const invalid = (fields: Record<string, string[]>) =>
  new AppError("validation_failed", "Invalid.", { fields });
const drf = (e: AppError, wire = releaseFileWireErrors) =>
  JSON.parse(renderApiError("drf", toWireError(e, wire))!);
const tastypie = (e: AppError, resource: string, wire = releaseFileWireErrors) =>
  renderApiError("tastypie", toWireError(e, wire), resource);

describe("downloads domain errors on the wire", () => {
  it("a missing release page: DRF's hyperlink message on release_page (v2 and v1)", () => {
    const e = invalid({ releasePageId: [NO_SUCH_RELEASE_PAGE] });
    expect(drf(e, releaseWireErrors)).toEqual({
      release_page: ["Invalid hyperlink - Object does not exist."],
    });
    expect(tastypie(e, "downloads/release", releaseWireErrors)).toBe(
      '{"downloads/release":{"release_page":["Invalid hyperlink - Object does not exist."]}}',
    );
  });

  it("a missing release, a refused foreign key, a taken button: release and non_field_errors", () => {
    expect(drf(invalid({ releaseId: [NO_SUCH_RELEASE] }))).toEqual({
      release: ["Invalid hyperlink - Object does not exist."],
    });
    expect(drf(invalid({ [FORM_ERROR]: [NO_SUCH_OS_OR_RELEASE] }))).toEqual({
      non_field_errors: ["Invalid hyperlink - Object does not exist."],
    });
    expect(tastypie(invalid({ [FORM_ERROR]: [BUTTON_TAKEN] }), "downloads/release_file")).toBe(
      '{"downloads/release_file":{"non_field_errors":["Only one Release File per OS can have \\"Download button\\" enabled"]}}',
    );
  });

  it("the URL rules: snake_case sidecar fields, the messages as they are", () => {
    const url = "https://www.python.org/ftp/python/3.14.1/python.exe";
    let e: AppError | undefined;
    try {
      validateReleaseFileUrls(
        { url: "https://example.org/python.exe", gpgSignatureFile: `${url}.sig` },
        undefined,
        "https://www.python.org/",
      );
    } catch (err) {
      e = err as AppError;
    }
    expect(e!.fields).toHaveProperty("gpgSignatureFile");
    expect(drf(e!)).toEqual({
      url: ["Release file URLs must begin with 'https://www.python.org/'."],
      gpg_signature_file: ["Sidecar URL must match the artifact URL plus '.asc'."],
    });
  });
});
