/**
 * Picks the installer for a visitor from their user agent (and, where the browser offers it,
 * the CPU architecture). Returns null whenever it is not sure: the page then offers a choice
 * instead of a possibly wrong installer.
 */
export type DetectFile = { osSlug: string; name: string; url: string; downloadButton: boolean };
export type Detected = { label: string; file: DetectFile };
/**
 * What the browser tells besides its user agent: the CPU architecture from User-Agent Client
 * Hints (Chromium on Windows on ARM still says "Win64; x64"), and touch points (an iPad asks
 * for desktop sites with a Macintosh user agent).
 */
export type PlatformHints = { architecture?: string; touchPoints?: number };

/** A Windows installer, not the embeddable zip, the release manifest or the like. */
const windowsInstaller = (f: DetectFile) => /installer/i.test(f.name) && !/embeddable/i.test(f.name);

export function detectDownload(
  userAgent: string,
  files: DetectFile[],
  hints: PlatformHints = {},
): Detected | null {
  const { architecture, touchPoints = 0 } = hints;
  const ua = userAgent;
  const pick = (os: string, test?: (f: DetectFile) => boolean) =>
    files.find((f) => f.osSlug === os && (test ? test(f) : f.downloadButton)) ?? null;
  const found = (label: string, file: DetectFile | null) => (file ? { label, file } : null);

  if (/iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && touchPoints > 1))
    return found("iOS", pick("ios"));
  if (/Android/.test(ua)) return found("Android", pick("android"));
  if (/Windows/.test(ua)) {
    const arm = /ARM64|aarch64/i.test(ua) || architecture === "arm";
    if (arm)
      return found(
        "Windows (ARM64)",
        pick("windows", (f) => windowsInstaller(f) && /ARM64/i.test(f.name)),
      );
    if (/Win64|WOW64|x64|amd64/i.test(ua) || architecture === "x86") {
      return found(
        "Windows (64-bit)",
        pick("windows", (f) => windowsInstaller(f) && /64-bit/.test(f.name)) ?? pick("windows"),
      );
    }
    return null;
  }
  if (/Macintosh|Mac OS X/.test(ua)) return found("macOS", pick("macos"));
  if (/CrOS|Linux|X11/.test(ua)) return found("Linux", pick("linux") ?? pick("source"));
  return null;
}
