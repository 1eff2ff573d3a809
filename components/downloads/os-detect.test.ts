import { describe, expect, it } from "vitest";
import { detectDownload, type DetectFile } from "./os-detect";

const files: DetectFile[] = [
  // python.org lists files by name: the embeddable zips sort before the installers.
  {
    osSlug: "windows",
    name: "Windows embeddable package (64-bit)",
    url: "https://www.python.org/embed-amd64.zip",
    downloadButton: false,
  },
  {
    osSlug: "windows",
    name: "Windows embeddable package (ARM64)",
    url: "https://www.python.org/embed-arm64.zip",
    downloadButton: false,
  },
  {
    osSlug: "windows",
    name: "Windows installer (64-bit)",
    url: "https://www.python.org/w64.exe",
    downloadButton: true,
  },
  {
    osSlug: "windows",
    name: "Windows installer (ARM64)",
    url: "https://www.python.org/arm64.exe",
    downloadButton: false,
  },
  { osSlug: "macos", name: "macOS installer", url: "https://www.python.org/mac.pkg", downloadButton: true },
  {
    osSlug: "linux",
    name: "XZ compressed source tarball",
    url: "https://www.python.org/py.tar.xz",
    downloadButton: true,
  },
  {
    osSlug: "android",
    name: "Android package",
    url: "https://www.python.org/android.tar.gz",
    downloadButton: true,
  },
  { osSlug: "ios", name: "iOS XCframework", url: "https://www.python.org/ios.tar.gz", downloadButton: true },
];

const UA = {
  win64:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
  winArm:
    "Mozilla/5.0 (Windows NT 10.0; ARM64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
  mac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
  linux: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
  android:
    "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36",
  ios: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
};

describe("detectDownload", () => {
  it.each([
    ["win64", "Windows (64-bit)", "https://www.python.org/w64.exe"],
    ["winArm", "Windows (ARM64)", "https://www.python.org/arm64.exe"],
    ["mac", "macOS", "https://www.python.org/mac.pkg"],
    ["linux", "Linux", "https://www.python.org/py.tar.xz"],
    ["android", "Android", "https://www.python.org/android.tar.gz"],
    ["ios", "iOS", "https://www.python.org/ios.tar.gz"],
  ] as const)("offers the right file for %s", (key, label, url) => {
    expect(detectDownload(UA[key], files)).toEqual({ label, file: expect.objectContaining({ url }) });
  });

  it("uses the reported CPU architecture when the user agent hides it", () => {
    expect(detectDownload(UA.win64, files, { architecture: "arm" })?.file.url).toBe(
      "https://www.python.org/arm64.exe",
    );
    expect(detectDownload(UA.win64, files, { architecture: "x86" })?.file.url).toBe(
      "https://www.python.org/w64.exe",
    );
  });

  it("sends an iPad asking for the desktop site to the iOS file, and a Mac to macOS", () => {
    expect(detectDownload(UA.mac, files, { touchPoints: 5 })?.label).toBe("iOS");
    expect(detectDownload(UA.mac, files, { touchPoints: 0 })?.label).toBe("macOS");
  });

  it("returns null rather than guessing: unknown agent, 32-bit Windows, or no file for the OS", () => {
    expect(detectDownload("curl/8.0", files)).toBeNull();
    expect(detectDownload("Mozilla/5.0 (Windows NT 10.0) Gecko/20100101 Firefox/140.0", files)).toBeNull();
    expect(
      detectDownload(
        UA.ios,
        files.filter((f) => f.osSlug !== "ios"),
      ),
    ).toBeNull();
  });
});
