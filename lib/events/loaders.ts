import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "@/lib/platform/cache-tags";
import { listUpcomingEvents } from "./data";
import type { UpcomingEvent } from "./types";

export async function loadUpcomingEvents(): Promise<UpcomingEvent[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(tags.events);
  return listUpcomingEvents(new Date(), 5);
}
