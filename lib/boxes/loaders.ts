import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { log } from "@/lib/platform/log";
import { boxesTags } from "./constants";
import { getBoxesHtml } from "./data";

/**
 * The rendered HTML of each label; a missing box is "" and logs one warning per cache fill
 * (apps/boxes/templatetags/boxes.py: never an error, the page renders without it).
 */
export async function loadBoxes(labels: string[]): Promise<Record<string, string>> {
  "use cache";
  cacheLife("hours");
  cacheTag(boxesTags.boxes, ...labels.map(boxesTags.box));
  const found = await getBoxesHtml(labels);
  const missing = labels.filter((label) => !(label in found));
  if (missing.length) log.warn({ labels: missing }, "box not found");
  return Object.fromEntries(labels.map((label) => [label, found[label] ?? ""]));
}
