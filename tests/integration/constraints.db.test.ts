import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";

const tag = () => randomBytes(4).toString("hex");

async function release(version: number, isLatest: boolean) {
  const t = tag();
  return db.release.create({
    data: { name: `Python 9.${t}`, slug: `python-c-${t}`, version, isLatest, isPublished: true },
  });
}

async function osRow() {
  const t = tag();
  return db.oS.create({ data: { name: `OS ${t}`, slug: `os-${t}` } });
}

const fileUrl = (name: string) => `https://www.python.org/ftp/python/test/${name}-${tag()}`;

afterAll(async () => {
  await db.$disconnect();
});

describe("database constraints", () => {
  it("allows only one is_latest release per major version", async () => {
    await db.release.updateMany({ where: { version: 1 }, data: { isLatest: false } });
    await release(1, true);
    await expect(release(1, true)).rejects.toMatchObject({ code: "P2002" });
    await expect(release(1, false)).resolves.toBeTruthy();
  });

  it("allows one download button per OS per release", async () => {
    const r = await release(3, false);
    const os = await osRow();
    const base = { releaseId: r.id, osId: os.id, downloadButton: true };
    await db.releaseFile.create({ data: { ...base, name: "a", slug: `a-${tag()}`, url: fileUrl("a") } });
    await expect(
      db.releaseFile.create({ data: { ...base, name: "b", slug: `b-${tag()}`, url: fileUrl("b") } }),
    ).rejects.toMatchObject({
      code: "P2002",
    });
    await expect(
      db.releaseFile.create({
        data: { ...base, downloadButton: false, name: "c", slug: `c-${tag()}`, url: fileUrl("c") },
      }),
    ).resolves.toBeTruthy();
  });

  it("rejects release file URLs outside www.python.org (only_python_dot_org_urls)", async () => {
    const r = await release(3, false);
    const os = await osRow();
    const data = { releaseId: r.id, osId: os.id, name: "x", slug: `x-${tag()}` };
    await expect(
      db.releaseFile.create({ data: { ...data, url: `https://evil.example/${tag()}` } }),
    ).rejects.toThrow(/only_python_dot_org_urls/);
    await expect(
      db.releaseFile.create({
        data: { ...data, url: fileUrl("ok"), gpgSignatureFile: "https://evil.example/x.asc" },
      }),
    ).rejects.toThrow(/only_python_dot_org_urls/);
  });

  it("treats usernames and emails as unique regardless of case", async () => {
    const name = `Case${tag()}`;
    await db.user.create({ data: { username: name, email: `${name}@example.org` } });
    await expect(db.user.create({ data: { username: name.toLowerCase() } })).rejects.toThrow(
      /users_user_username_lower/,
    );
    await expect(
      db.user.create({ data: { username: `other${tag()}`, email: `${name.toUpperCase()}@EXAMPLE.ORG` } }),
    ).rejects.toThrow(/users_user_email_lower/);
  });

  it("deleting a release deletes its files; deleting a user keeps their content unattributed", async () => {
    const user = await db.user.create({ data: { username: `creator${tag()}` } });
    const r = await db.release.create({
      data: { name: "Python 0.1", slug: `python-d-${tag()}`, creatorId: user.id },
    });
    const os = await osRow();
    await db.releaseFile.create({
      data: { releaseId: r.id, osId: os.id, name: "f", slug: `f-${tag()}`, url: fileUrl("f") },
    });
    await db.user.delete({ where: { id: user.id } });
    expect((await db.release.findUniqueOrThrow({ where: { id: r.id } })).creatorId).toBeNull();
    await db.release.delete({ where: { id: r.id } });
    expect(await db.releaseFile.count({ where: { releaseId: r.id } })).toBe(0);
  });

  it("requires a sponsor asset to have exactly one owner", async () => {
    await expect(
      db.genericAsset.create({ data: { type: "text", internalName: `n-${tag()}` } }),
    ).rejects.toThrow(/sponsors_genericasset_one_owner/);
  });
});
