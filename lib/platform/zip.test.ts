import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { zipStream } from "./zip";

async function* entries() {
  yield { name: "Acme Inc/logo.png", data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) };
  yield { name: "Zoë GmbH/bio.txt", data: new TextEncoder().encode("Zoë makes things.\n") };
}

describe("zipStream", () => {
  it("writes a ZIP that unzip lists and tests clean, with folders and UTF-8 names", async () => {
    const bytes = new Uint8Array(await new Response(zipStream(entries())).arrayBuffer());
    const dir = mkdtempSync(path.join(tmpdir(), "zip-test-"));
    const file = path.join(dir, "a.zip");
    writeFileSync(file, bytes);
    // Python's zipfile is on every machine the suite runs on; it checks each CRC.
    const out = execFileSync("python3", [
      "-c",
      "import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None;print('\\n'.join(z.namelist()));print(z.read('Zoë GmbH/bio.txt').decode())",
      file,
    ]).toString();
    expect(out).toBe("Acme Inc/logo.png\nZoë GmbH/bio.txt\nZoë makes things.\n\n");
    expect(readFileSync(file).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });

  it("an empty archive is just the end record", async () => {
    async function* none() {}
    const bytes = new Uint8Array(await new Response(zipStream(none())).arrayBuffer());
    expect(bytes.length).toBe(22);
  });
});
