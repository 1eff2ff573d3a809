/**
 * Wire ↔ domain helpers shared by the v1 (Tastypie) and v2 (DRF) downloads adapters. Domain
 * code knows rows by id; only the API speaks in hyperlinks and resource URIs.
 */

/** The primary key at the end of a checked hyperlink or resource URI ("/api/v2/downloads/os/3/" → 3). */
export function idFromLink(link: string): number {
  return Number(/\/(\d+)\/?$/.exec(link)![1]);
}

/** DRF's DateTimeField output in UTC: "2023-10-02T12:50:09Z", microseconds only when present. */
export function drfDateTime(d: Date): string {
  const iso = d.toISOString();
  return d.getUTCMilliseconds() ? iso.replace(/\.(\d{3})Z$/, ".$1000Z") : iso.replace(/\.000Z$/, "Z");
}
