import http from "node:http";
import type { AddressInfo } from "node:net";
import * as openpgp from "openpgp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { addReleaseManagerKey, verifyReleaseFileSignature } from "@/lib/downloads/signatures/mutations";

// Release-file signature checks against real rows, real OpenPGP keys and a real HTTP server on
// 127.0.0.1 standing in for the download host (allowed through the fetcher's test-only option).
const stamp = Date.now();
const served = new Map<string, Uint8Array | string>();
let server: http.Server;
let base = "";
let releaseId = 0;
let manager: { privateKey: string; publicKey: string };
let stranger: { privateKey: string; publicKey: string };

const PY = "https://www.python.org/ftp/python/3.98.0";
const fetchForTests = {
  fetchOptions: {
    protocols: ["http:", "https:"] as ("http:" | "https:")[],
    allowedHosts: ["127.0.0.1"],
    allowPrivateHostsForTests: ["127.0.0.1"],
  },
  mapUrl: (url: string) => url.replace(PY, base),
};

async function sign(data: Uint8Array, armoredPrivateKey: string): Promise<string> {
  const signingKeys = await openpgp.readPrivateKey({ armoredKey: armoredPrivateKey });
  return openpgp.sign({
    message: await openpgp.createMessage({ binary: data }),
    signingKeys,
    detached: true,
  });
}

async function fileRow(name: string) {
  const os = await db.oS.upsert({
    where: { slug: "source" },
    update: {},
    create: { name: "Source release", slug: "source" },
  });
  return db.releaseFile.create({
    data: {
      name,
      slug: `sig-${stamp}-${name}`,
      url: `${PY}/${name}`,
      gpgSignatureFile: `${PY}/${name}.asc`,
      osId: os.id,
      releaseId,
    },
  });
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const body = served.get(req.url ?? "");
    if (body === undefined) return void res.writeHead(404).end();
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  manager = await openpgp.generateKey({
    userIDs: [{ name: "Release Manager", email: `rm${stamp}@example.org` }],
    format: "armored",
  });
  stranger = await openpgp.generateKey({
    userIDs: [{ name: "Someone Else", email: `x${stamp}@example.org` }],
    format: "armored",
  });
  await addReleaseManagerKey("Release Manager", manager.publicKey);
  releaseId = (
    await db.release.create({ data: { name: `Python 3.98.${stamp % 1000}`, slug: `sig-release-${stamp}` } })
  ).id;
});

afterAll(async () => {
  server.close();
  await db.release.deleteMany({ where: { id: releaseId } });
});

describe("verifyReleaseFileSignature", () => {
  it("records a valid signature by a release manager, with the key's fingerprint", async () => {
    const data = new TextEncoder().encode("the release tarball");
    served.set("/good.tgz", data);
    served.set("/good.tgz.asc", await sign(data, manager.privateKey));
    const file = await fileRow("good.tgz");
    expect(await verifyReleaseFileSignature(file.id, fetchForTests)).toEqual({
      fileId: file.id,
      status: "valid",
    });
    const check = await db.signatureCheck.findUniqueOrThrow({ where: { releaseFileId: file.id } });
    const { fingerprint } = await import("@/lib/downloads/signatures/utils").then((m) =>
      m.readPublicKey(manager.publicKey),
    );
    expect(check).toMatchObject({ status: "valid", keyFingerprint: fingerprint });
    // Checked again with nothing changed: skipped, no refetch needed.
    expect((await verifyReleaseFileSignature(file.id, fetchForTests)).status).toBe("skipped");
  });

  it("finds a file changed after signing", async () => {
    const data = new TextEncoder().encode("original bytes");
    served.set("/tampered.exe", new TextEncoder().encode("tampered bytes"));
    served.set("/tampered.exe.asc", await sign(data, manager.privateKey));
    const file = await fileRow("tampered.exe");
    expect((await verifyReleaseFileSignature(file.id, fetchForTests)).status).toBe("invalid");
    const check = await db.signatureCheck.findUniqueOrThrow({ where: { releaseFileId: file.id } });
    expect(check.detail).toBe("The signature does not match the file.");
  });

  it("refuses a signature by a key that is not a release manager's", async () => {
    const data = new TextEncoder().encode("signed by a stranger");
    served.set("/stranger.pkg", data);
    served.set("/stranger.pkg.asc", await sign(data, stranger.privateKey));
    const file = await fileRow("stranger.pkg");
    expect((await verifyReleaseFileSignature(file.id, fetchForTests)).status).toBe("invalid");
    const check = await db.signatureCheck.findUniqueOrThrow({ where: { releaseFileId: file.id } });
    expect(check.detail).toMatch(/which is not a release manager key/);
  });

  it("records a fetch failure as an error and throws so the function retries", async () => {
    served.set("/nosig.zip", new TextEncoder().encode("no signature published"));
    const file = await fileRow("nosig.zip");
    await expect(verifyReleaseFileSignature(file.id, fetchForTests)).rejects.toThrow();
    expect((await db.signatureCheck.findUniqueOrThrow({ where: { releaseFileId: file.id } })).status).toBe(
      "error",
    );
  });

  it("never fetches from a host other than the download host", async () => {
    const file = await fileRow("elsewhere.tgz");
    // Default fetch options: only the DOWNLOAD_BASE_URL host may be fetched, whatever URL comes in.
    await expect(
      verifyReleaseFileSignature(file.id, { mapUrl: (u) => u.replace(PY, "https://evil.example") }),
    ).rejects.toMatchObject({ reason: "host-not-allowed" });
  });

  it("rejects a private key pasted as a release manager key", async () => {
    await expect(addReleaseManagerKey("Oops", manager.privateKey)).rejects.toThrow("private key");
  });
});
