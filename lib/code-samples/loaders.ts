import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/platform/cache-tags";
import { listPublishedCodeSamples } from "./data";
import type { CodeSampleHtml } from "./types";

export async function loadCodeSamples(): Promise<CodeSampleHtml[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.codeSamples);
  return listPublishedCodeSamples(5);
}
