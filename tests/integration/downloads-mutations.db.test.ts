import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReleaseFile, updateReleaseFile } from "@/lib/downloads/release-file/mutations";
import { getLatestRelease } from "@/lib/downloads/release/data";
import { createRelease, updateRelease } from "@/lib/downloads/release/mutations";
import { createPage } from "@/lib/pages/mutations";
import { slugify } from "@/lib/platform/text";
import { db } from "@/lib/platform/db";

// The mutations take domain input (camelCase, related rows by id) and report rule errors keyed
// by those input names, in plain words; the API adapters rename and reword them (lib/api
// toWireError, tests/e2e/api-v2-release-files.spec.ts for the wire bodies).
const tag = () => randomBytes(4).toString("hex");
const base = "https://www.python.org/ftp/python/test/";
let userId = 0;
let osId = 0;

beforeAll(async () => {
  userId = (await db.user.create({ data: { username: `mut${tag()}` } })).id;
  osId = (await db.oS.create({ data: { name: `OS ${tag()}`, slug: `os-${tag()}` } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

const draft = (extra = {}) =>
  createRelease({ name: `Python 9.${tag()}`, version: 3, isPublished: false, ...extra }, userId);

describe("release mutations", () => {
  it("create a release from camelCase input, its page by id, the slug from its name", async () => {
    const page = await db.page.create({ data: { title: "Notes", path: `notes-${tag()}` } });
    const row = await draft({ releasePageId: page.id, releaseDate: new Date("2025-10-07T12:00:00Z") });
    expect(row).toMatchObject({
      releasePageId: page.id,
      isPublished: false,
      slug: slugify(row.name),
    });
    expect(row.releaseDate.toISOString()).toBe("2025-10-07T12:00:00.000Z");
    const cleared = await updateRelease(row.id, { releasePageId: null, showOnDownloadPage: false }, userId);
    expect(cleared).toMatchObject({ releasePageId: null, showOnDownloadPage: false, name: row.name });
  });

  it("report a page that does not exist on releasePageId", async () => {
    await expect(draft({ releasePageId: 2 ** 31 - 1 })).rejects.toMatchObject({
      code: "validation_failed",
      fields: { releasePageId: ["No such release page."] },
    });
  });
});

describe("the latest release's download buttons", () => {
  it("stay on the previous release while the one marked latest has no download-button file", async () => {
    // Major version 1 is not in any other test's data, so marking latest here demotes nothing else.
    const older = await createRelease(
      {
        name: "Python 1.6.0",
        version: 1,
        isPublished: true,
        isLatest: true,
        releaseDate: new Date("2000-09-05T12:00:00Z"),
      },
      userId,
    );
    // A later bugfix of an older series, released after the previous latest: not the stand-in.
    const sideline = await createRelease(
      { name: "Python 1.5.3", version: 1, isPublished: true, releaseDate: new Date("2000-10-01T12:00:00Z") },
      userId,
    );
    for (const r of [older, sideline]) {
      const name = `python-${r.slug}-${tag()}.tgz`;
      await createReleaseFile(
        { name, url: `${base}${name}`, osId, releaseId: r.id, downloadButton: true },
        userId,
      );
    }
    const newer = await createRelease(
      {
        name: "Python 1.6.1",
        version: 1,
        isPublished: true,
        isLatest: true,
        releaseDate: new Date("2001-01-05T12:00:00Z"),
      },
      userId,
    );
    try {
      expect((await db.release.findUniqueOrThrow({ where: { id: older.id } })).isLatest).toBe(false);
      const standIn = await getLatestRelease(1);
      expect(standIn?.name).toBe("Python 1.6.0");
      expect(standIn?.buttons).toHaveLength(1);

      const name = `python-161-${tag()}.tgz`;
      await createReleaseFile(
        { name, url: `${base}${name}`, osId, releaseId: newer.id, downloadButton: true },
        userId,
      );
      const latest = await getLatestRelease(1);
      expect(latest?.name).toBe("Python 1.6.1");
      expect(latest?.buttons.map((b) => b.fileName)).toEqual([name]);
    } finally {
      await db.release.deleteMany({ where: { id: { in: [older.id, sideline.id, newer.id] } } });
    }
  });
});

describe("release-file mutations", () => {
  it("add a file by OS and release id; the slug defaults to the release's slug and the name", async () => {
    const release = await draft();
    const name = `python-${tag()}.tgz`;
    const file = await createReleaseFile(
      { name, url: `${base}${name}`, osId, releaseId: release.id },
      userId,
    );
    expect(file).toMatchObject({
      osId,
      releaseId: release.id,
      slug: `${release.slug}-${slugify(name)}`,
    });
  });

  it("report URL rules on the input's names, an unknown release on releaseId, a taken button on the whole input", async () => {
    const release = await draft();
    const name = `python-${tag()}.exe`;
    const file = await createReleaseFile(
      { name, url: `${base}${name}`, osId, releaseId: release.id },
      userId,
    );
    await expect(
      updateReleaseFile(file.id, { gpgSignatureFile: `${base}elsewhere.asc` }, userId),
    ).rejects.toMatchObject({
      fields: { gpgSignatureFile: ["Sidecar URL must match the artifact URL plus '.asc'."] },
    });
    await expect(
      createReleaseFile({ name, url: `${base}x-${name}`, osId, releaseId: 2 ** 31 - 1 }, userId),
    ).rejects.toMatchObject({ fields: { releaseId: ["No such release."] } });
    await expect(
      createReleaseFile(
        { name: `y-${name}`, url: `${base}y-${name}`, osId: 2 ** 31 - 1, releaseId: release.id },
        userId,
      ),
    ).rejects.toMatchObject({ fields: { "": ["No such operating system or release."] } });
    await updateReleaseFile(file.id, { downloadButton: true }, userId);
    const other = `python-${tag()}-arm64.exe`;
    await expect(
      createReleaseFile(
        { name: other, url: `${base}${other}`, osId, releaseId: release.id, downloadButton: true },
        userId,
      ),
    ).rejects.toMatchObject({
      fields: { "": ['Only one Release File per OS can have "Download button" enabled'] },
    });
  });
});

describe("page mutations", () => {
  it("create a page from PageInput and report a taken path on path", async () => {
    const input = {
      title: "About",
      path: `about-${tag()}`,
      content: "Hello *world*",
      description: "",
      keywords: "",
      isPublished: false,
      templateName: "",
      contentMarkupType: "restructuredtext" as const,
      contentType: "text/html",
    };
    const { id } = await createPage(input, userId);
    expect(
      await db.page.findUnique({ where: { id }, select: { isPublished: true, contentRendered: true } }),
    ).toMatchObject({
      isPublished: false,
      contentRendered: expect.stringContaining("<em>world</em>"),
    });
    await expect(createPage(input, userId)).rejects.toMatchObject({
      fields: { path: ["Page with this Path already exists."] },
    });
  });
});
