/**
 * Picks the installer for a visitor from their user agent (and, where the browser offers it,
 * the CPU architecture). Returns null whenever it is not sure: the page then offers a choice
 * instead of a possibly wrong installer.
 */
export type DetectFile = { osSlug: string; name: string; url: string; downloadButton: boolean };
export type Detected = { label: string; file: DetectFile };

export function detectDownload(
  userAgent: string,
  files: DetectFile[],
  architecture?: string,
): Detected | null {
  const ua = userAgent;
  const pick = (os: string, test?: (f: DetectFile) => boolean) =>
    files.find((f) => f.osSlug === os && (test ? test(f) : f.downloadButton)) ?? null;
  const found = (label: string, file: DetectFile | null) => (file ? { label, file } : null);

  if (/iPhone|iPad|iPod/.test(ua)) return found("iOS", pick("ios"));
  if (/Android/.test(ua)) return found("Android", pick("android"));
  if (/Windows/.test(ua)) {
    const arm = /ARM64|aarch64/i.test(ua) || architecture === "arm";
    if (arm)
      return found(
        "Windows (ARM64)",
        pick("windows", (f) => /ARM64/i.test(f.name)),
      );
    if (/Win64|WOW64|x64|amd64/i.test(ua) || architecture === "x86") {
      return found("Windows (64-bit)", pick("windows", (f) => /64-bit/.test(f.name)) ?? pick("windows"));
    }
    return null;
  }
  if (/Macintosh|Mac OS X/.test(ua)) return found("macOS", pick("macos"));
  if (/CrOS|Linux|X11/.test(ua)) return found("Linux", pick("linux") ?? pick("source"));
  return null;
}
