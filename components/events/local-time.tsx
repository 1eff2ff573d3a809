"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const visitorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => null;

/**
 * "(6:00 PM your time)" after an event's time, in the visitor's zone, when it differs from the
 * event's. The server renders nothing, so the cached HTML is the same for every visitor.
 */
export function LocalTime({ iso, eventZone, withDate = false }: { iso: string; eventZone: string; withDate?: boolean }) {
  const zone = useSyncExternalStore(subscribe, visitorZone, serverZone);
  if (!zone || zone === eventZone) return null;
  const text = new Intl.DateTimeFormat(undefined, {
    ...(withDate ? { weekday: "short", day: "numeric", month: "short" } : {}),
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(iso));
  return <span className="text-base-content/80 text-sm"> ({text} your time)</span>;
}
