import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { boxesTags } from "./constants";
import { getBoxesHtml } from "./data";

export async function loadBoxes(labels: string[]): Promise<Record<string, string>> {
  "use cache";
  cacheLife("hours");
  cacheTag(boxesTags.boxes, ...labels.map(boxesTags.box));
  return getBoxesHtml(labels);
}
