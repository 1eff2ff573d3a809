import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { contentTypeForName } from "./content-type";
import { encodeKey, requireKey } from "./keys";
import type { Storage, StoredObject } from "./types";

// Metadata (type, size, etag) lives beside the files in a dot-folder; keys can never start a
// segment with a dot (keys.ts), so no key reaches it and the tree is otherwise a plain mirror of
// the keys (rsync-able to a bucket).
const META = ".meta";

type Meta = { contentType: string; size: number; etag: string };

/** Local-disk storage under `root`, served by app/media/[...key]/route.ts at `<publicBase>/<key>`. */
export function createLocalStorage(root: string, publicBase = "/media"): Storage {
  const absRoot = path.resolve(root);
  const fileOf = (key: string) => {
    const file = path.resolve(absRoot, ...requireKey(key).split("/"));
    // Defence in depth: requireKey already refuses anything that could climb out.
    if (!file.startsWith(absRoot + path.sep)) throw new Error(`Storage key escapes the root: ${key}`);
    return file;
  };
  const metaOf = (key: string) => path.resolve(absRoot, META, ...`${requireKey(key)}.json`.split("/"));

  async function writeAtomic(file: string, data: Uint8Array | string) {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, file);
  }

  async function readMeta(key: string): Promise<Meta | null> {
    try {
      return JSON.parse(await readFile(metaOf(key), "utf8")) as Meta;
    } catch {
      return null;
    }
  }

  return {
    kind: "local",
    async put(key, data, contentType) {
      const file = fileOf(key);
      const etag = `"${createHash("sha256").update(data).digest("hex").slice(0, 32)}"`;
      await writeAtomic(file, data);
      await writeAtomic(metaOf(key), JSON.stringify({ contentType, size: data.byteLength, etag } satisfies Meta));
    },
    async get(key): Promise<StoredObject | null> {
      const file = fileOf(key);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return null;
      const meta = await readMeta(key);
      // A file copied in by hand has no metadata: its extension decides (and content-type.ts
      // still serves unknown types as downloads), its mtime and size make a weak validator.
      const contentType = meta?.contentType ?? contentTypeForName(key);
      const etag = meta && meta.size === info.size ? meta.etag : `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      return { body, contentType, size: info.size, etag };
    },
    async exists(key) {
      const info = await stat(fileOf(key)).catch(() => null);
      return Boolean(info?.isFile());
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
      await rm(metaOf(key), { force: true });
    },
    url(key) {
      return `${publicBase.replace(/\/$/, "")}/${encodeKey(requireKey(key))}`;
    },
  };
}
