import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { codeSamplesTags, HOME_SAMPLE_COUNT } from "./constants";
import { listPublishedCodeSamples } from "./data";
import type { CodeSampleHtml } from "./types";

export async function loadCodeSamples(): Promise<CodeSampleHtml[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(codeSamplesTags.codeSamples);
  return listPublishedCodeSamples(HOME_SAMPLE_COUNT);
}
