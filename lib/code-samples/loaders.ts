import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { codeSamplesTags } from "./constants";
import { listPublishedCodeSamples } from "./data";
import type { CodeSampleHtml } from "./types";

export async function loadCodeSamples(): Promise<CodeSampleHtml[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(codeSamplesTags.codeSamples);
  return listPublishedCodeSamples(5);
}
