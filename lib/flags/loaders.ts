import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { flagsTags } from "./constants";
import { getFlagRule } from "./data";
import { isFlagActive } from "./utils";

/** Whether a flag is on for an anonymous visitor, cached until a flag is edited. */
export async function loadFlagActiveForEveryone(name: string): Promise<boolean> {
  "use cache";
  cacheLife("hours");
  cacheTag(flagsTags.flags);
  return isFlagActive(await getFlagRule(name));
}
