/**
 * Demo releases 2.7 → 3.14 with files for Windows, macOS, Linux, source (and Android/iOS for
 * 3.14), checksums and signature sidecars. Version numbers and file naming follow python.org;
 * checksums are derived from the URL (demo data, not the real digests).
 */
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderMarkup } from "@/lib/platform/markup";

export const OPERATING_SYSTEMS = [
  { name: "Windows", slug: "windows" },
  { name: "macOS", slug: "macos" },
  { name: "Linux", slug: "linux" },
  { name: "Source code", slug: "source" },
  { name: "Android", slug: "android" },
  { name: "iOS", slug: "ios" },
] as const;

type ReleaseSeed = { version: string; date: string; latest?: boolean; pre?: boolean };

export const RELEASES: ReleaseSeed[] = [
  { version: "2.7.18", date: "2020-04-20", latest: true },
  { version: "3.6.15", date: "2021-09-04" },
  { version: "3.7.17", date: "2023-06-06" },
  { version: "3.8.20", date: "2024-09-06" },
  { version: "3.9.25", date: "2025-10-31" },
  { version: "3.10.19", date: "2025-10-09" },
  { version: "3.11.14", date: "2025-10-09" },
  { version: "3.12.12", date: "2025-10-09" },
  { version: "3.13.9", date: "2025-10-14" },
  { version: "3.13.8", date: "2025-10-07" },
  { version: "3.14.0", date: "2025-10-07", latest: true },
  { version: "3.15.0a1", date: "2025-10-14", pre: true },
];

const BASE = "https://www.python.org/ftp/python";

export function releaseSlug(version: string): string {
  return `python-${version.replace(/\./g, "")}`;
}

function digest(kind: "sha256" | "md5", text: string): string {
  return createHash(kind).update(text).digest("hex");
}

type FileSeed = {
  os: string;
  name: string;
  file: string;
  description: string;
  size: number;
  button: boolean;
  source: boolean;
};

function filesFor(v: string): FileSeed[] {
  const [major, minor] = v.split(".").map(Number) as [number, number];
  const plain = v.replace(/[a-z].*$/, "");
  const mac = major === 2 ? `python-${v}-macosx10.9.pkg` : `python-${v}-macos11.pkg`;
  const files: FileSeed[] = [
    {
      os: "windows",
      name: "Windows installer (64-bit)",
      file: `python-${v}-amd64.exe`,
      description: "Recommended",
      size: 28_400_000,
      button: true,
      source: false,
    },
    {
      os: "windows",
      name: "Windows installer (32-bit)",
      file: `python-${v}.exe`,
      description: "",
      size: 27_100_000,
      button: false,
      source: false,
    },
    {
      os: "macos",
      name: "macOS 64-bit universal2 installer",
      file: mac,
      description: "for macOS 11 and later",
      size: 44_800_000,
      button: true,
      source: false,
    },
    {
      os: "linux",
      name: "XZ compressed source tarball",
      file: `Python-${v}.tar.xz`,
      description: "Build from source on Linux",
      size: 19_900_000,
      button: true,
      source: true,
    },
    {
      os: "source",
      name: "Gzipped source tarball",
      file: `Python-${v}.tgz`,
      description: "",
      size: 26_300_000,
      button: true,
      source: true,
    },
  ];
  if (major === 3) {
    files.push({
      os: "windows",
      name: "Windows embeddable package (64-bit)",
      file: `python-${v}-embed-amd64.zip`,
      description: "",
      size: 10_400_000,
      button: false,
      source: false,
    });
  }
  if (major === 3 && minor >= 11) {
    files.push(
      {
        os: "windows",
        name: "Windows installer (ARM64)",
        file: `python-${v}-arm64.exe`,
        description: "Experimental",
        size: 27_800_000,
        button: false,
        source: false,
      },
      {
        os: "windows",
        name: "Windows embeddable package (ARM64)",
        file: `python-${v}-embed-arm64.zip`,
        description: "",
        size: 9_800_000,
        button: false,
        source: false,
      },
    );
  }
  if (major === 3 && minor >= 14) {
    files.push(
      {
        os: "android",
        name: "Android embeddable package (aarch64)",
        file: `python-${v}-aarch64-linux-android.tar.gz`,
        description: "",
        size: 17_200_000,
        button: true,
        source: false,
      },
      {
        os: "ios",
        name: "iOS XCframework",
        file: `python-${v}-iOS-XCframework.tar.gz`,
        description: "",
        size: 40_100_000,
        button: true,
        source: false,
      },
    );
  }
  return files.map((f) => ({ ...f, file: `${plain}/${f.file}` }));
}

export async function seedDownloads(db: PrismaClient, creatorId: number | null) {
  const osIds = new Map<string, number>();
  for (const os of OPERATING_SYSTEMS) {
    const row = await db.oS.upsert({ where: { slug: os.slug }, update: {}, create: { ...os, creatorId } });
    osIds.set(os.slug, row.id);
  }
  for (const r of RELEASES) {
    const [major, minor] = r.version.split(".").map(Number) as [number, number];
    const notes = `Python ${r.version} is a ${r.pre ? "preview" : "maintenance"} release of the ${major}.${minor} series. See the changelog for the full list of changes.`;
    const data = {
      name: `Python ${r.version}`,
      version: major,
      isLatest: Boolean(r.latest),
      isPublished: true,
      preRelease: Boolean(r.pre),
      showOnDownloadPage: true,
      releaseDate: new Date(`${r.date}T12:00:00Z`),
      releaseNotesUrl: `https://docs.python.org/release/${r.version}/whatsnew/changelog.html`,
      content: `<p>${notes}</p>`,
      contentMarkupType: "html" as const,
      contentRendered: renderMarkup(`<p>${notes}</p>`, "html"),
    };
    const release = await db.release.upsert({
      where: { slug: releaseSlug(r.version) },
      update: {},
      create: { ...data, slug: releaseSlug(r.version), creatorId },
    });
    for (const f of filesFor(r.version)) {
      const url = `${BASE}/${f.file}`;
      const sigstore = major === 3 && minor >= 11;
      await db.releaseFile.upsert({
        where: { url },
        update: {},
        create: {
          name: f.name,
          slug: `${release.slug}-${f.file
            .split("/")[1]!
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")}`,
          osId: osIds.get(f.os)!,
          releaseId: release.id,
          description: f.description,
          isSource: f.source,
          url,
          gpgSignatureFile: major === 3 && minor >= 14 ? "" : `${url}.asc`,
          sigstoreBundleFile: sigstore ? `${url}.sigstore` : "",
          sbomSpdx2File:
            major === 3 && minor >= 12 && f.os !== "android" && f.os !== "ios" ? `${url}.spdx.json` : "",
          md5Sum: major === 2 ? digest("md5", url) : "",
          sha256Sum: digest("sha256", url),
          filesize: f.size,
          downloadButton: f.button,
          creatorId,
        },
      });
    }
  }
  await seedInstallManager(db, osIds.get("windows")!, creatorId);
}

/**
 * The Python install manager (version 100): python.org's Windows button offers it first. Kept off
 * the releases list (its version does not sort among Python's); /downloads/latest/pymanager/ and
 * /downloads/windows/ lead to it.
 */
async function seedInstallManager(db: PrismaClient, windowsId: number, creatorId: number | null) {
  const notes = "<p>The install manager installs, updates and removes Python runtimes on Windows.</p>";
  const release = await db.release.upsert({
    where: { slug: "pymanager-252" },
    update: {},
    create: {
      name: "Python install manager 25.2",
      slug: "pymanager-252",
      version: 100,
      isLatest: true,
      isPublished: true,
      showOnDownloadPage: false,
      releaseDate: new Date("2025-11-18T12:00:00Z"),
      content: notes,
      contentMarkupType: "html",
      contentRendered: renderMarkup(notes, "html"),
      creatorId,
    },
  });
  const url = "https://www.python.org/ftp/python/pymanager/python-manager-25.2.msix";
  await db.releaseFile.upsert({
    where: { url },
    update: {},
    create: {
      name: "Windows install manager (MSIX)",
      slug: "pymanager-252-msix",
      osId: windowsId,
      releaseId: release.id,
      description: "Installs and manages Python runtimes",
      url,
      sigstoreBundleFile: `${url}.sigstore`,
      sha256Sum: digest("sha256", url),
      filesize: 21_561_344,
      downloadButton: true,
      creatorId,
    },
  });
}
