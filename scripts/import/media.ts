/**
 * Files named by imported image and file fields, copied from Django's MEDIA_ROOT (`--media DIR`)
 * into our storage under the same key. A missing file is reported, never fatal; a file already
 * stored with the same size is left alone, so a second run copies nothing.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { contentTypeForName, normalizeKey, type Storage } from "../../lib/platform/storage";

export type MediaReport = {
  copied: number;
  present: number;
  missing: { key: string; model: string; pk: unknown }[];
};

export class MediaCopier {
  readonly report: MediaReport = { copied: 0, present: 0, missing: [] };
  private seen = new Set<string>();

  constructor(
    private readonly root: string | null,
    private readonly store: () => Storage,
    /** Dry run: check and count, copy nothing. */
    private readonly dryRun = false,
  ) {}

  /** The storage key for a Django file field value (null when it cannot be a key of ours). */
  static keyOf(value: unknown): string | null {
    if (typeof value !== "string" || value === "") return null;
    return normalizeKey(value.replace(/^\/?media\//, ""));
  }

  async copy(value: unknown, model: string, pk: unknown): Promise<void> {
    if (!this.root || typeof value !== "string" || value === "") return;
    const key = MediaCopier.keyOf(value);
    if (!key) {
      this.report.missing.push({ key: value, model, pk });
      return;
    }
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const file = path.join(this.root, ...key.split("/"));
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      this.report.missing.push({ key, model, pk });
      return;
    }
    const existing = await this.store().get(key);
    if (existing && existing.size === info.size) {
      if (existing.body instanceof ReadableStream) await existing.body.cancel();
      this.report.present++;
      return;
    }
    if (existing?.body instanceof ReadableStream) await existing.body.cancel();
    this.report.copied++;
    if (this.dryRun) return;
    await this.store().put(key, new Uint8Array(await readFile(file)), contentTypeForName(key));
  }
}
