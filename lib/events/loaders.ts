import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { eventsTags } from "./constants";
import { listUpcomingEvents } from "./data";
import type { UpcomingEvent } from "./types";

export async function loadUpcomingEvents(): Promise<UpcomingEvent[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(eventsTags.events);
  return listUpcomingEvents(new Date(), 5);
}
