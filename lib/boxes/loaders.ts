import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/platform/cache-tags";
import { getBoxesHtml } from "./data";

export async function loadBoxes(labels: string[]): Promise<Record<string, string>> {
  "use cache";
  cacheLife("hours");
  cacheTag(tags.boxes, ...labels.map(tags.box));
  return getBoxesHtml(labels);
}
