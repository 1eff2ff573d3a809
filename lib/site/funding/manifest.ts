/**
 * /funding.json: the PSF's floss.fund funding manifest (pydotorg/views.py serve_funding_json).
 * Read from disk on each request, like Django, so an edited file is served without a build, and
 * answered as Django does when it is missing (404) or not JSON (500), with JSON error bodies.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const FUNDING_MANIFEST_PATH = path.join(process.cwd(), "lib/site/funding/funding.json");

export type FundingResult = { status: 200 | 404 | 500; body: unknown };

export async function readFundingManifest(file = FUNDING_MANIFEST_PATH): Promise<FundingResult> {
  let text: string;
  try {
    // Read at run time from the checkout (not traced into the build output, like Django's static/).
    text = await readFile(/*turbopackIgnore: true*/ file, "utf8");
  } catch {
    return { status: 404, body: { error: "funding.json not found" } };
  }
  try {
    return { status: 200, body: JSON.parse(text) as unknown };
  } catch {
    return { status: 500, body: { error: "Invalid JSON in funding.json" } };
  }
}
