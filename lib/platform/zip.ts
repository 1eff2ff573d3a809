/**
 * A ZIP archive written as a stream: entries are stored (not compressed; the files it carries are
 * images and documents, already compressed), one at a time, so only one entry's bytes are ever in
 * memory. Names are UTF-8 (flag bit 11); sizes must stay under 4 GiB (no ZIP64).
 */
import { crc32 } from "node:zlib";

export type ZipEntry = { name: string; data: Uint8Array; modified?: Date };

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The ZIP of the entries an async iterable yields, as a byte stream. */
export function zipStream(entries: AsyncIterable<ZipEntry>): ReadableStream<Uint8Array> {
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  const iterator = entries[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        const dir = Buffer.concat(central);
        const end = Buffer.alloc(22);
        end.writeUInt32LE(0x06054b50, 0);
        end.writeUInt16LE(count, 8);
        end.writeUInt16LE(count, 10);
        end.writeUInt32LE(dir.length, 12);
        end.writeUInt32LE(offset, 16);
        controller.enqueue(new Uint8Array(Buffer.concat([dir, end])));
        controller.close();
        return;
      }
      const { name, data, modified = new Date() } = next.value;
      const file = Buffer.from(name.replace(/\\/g, "/").replace(/^\/+/, ""), "utf8");
      const crc = crc32(data);
      const { time, date } = dosTime(modified);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6);
      local.writeUInt16LE(0, 8);
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(date, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(file.length, 26);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0800, 8);
      header.writeUInt16LE(time, 12);
      header.writeUInt16LE(date, 14);
      header.writeUInt32LE(crc, 16);
      header.writeUInt32LE(data.length, 20);
      header.writeUInt32LE(data.length, 24);
      header.writeUInt16LE(file.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, file);
      offset += local.length + file.length + data.length;
      count++;
      controller.enqueue(new Uint8Array(Buffer.concat([local, file, Buffer.from(data)])));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
