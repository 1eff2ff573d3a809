/**
 * Download counting without a hop on the way to the file: links keep pointing at the file itself
 * and carry a `ping` attribute, so the browser reports the click to /api/downloads/ping/ in the
 * background (hyperlink auditing: Chromium and Safari send it; Firefox does not by default, so
 * the counts are a floor, not a census; the CDN's logs remain the full record).
 */
export const PING_PATH = "/api/downloads/ping/";

export function pingUrlFor(fileUrl: string): string {
  return `${PING_PATH}?url=${encodeURIComponent(fileUrl)}`;
}

/** The UTC day a download is counted on, as YYYY-MM-DD. */
export function dayKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}
