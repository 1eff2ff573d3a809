/**
 * The driver adapter the WASM schema engine migrates with (scripts/db/engine.ts): adapter-pg
 * with two fixes the engine needs, and a shadow database it creates and drops itself.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg, { type PoolConfig } from "pg";

/** A pg config with explicit fields: adapter-pg builds shadow databases by overriding `database`,
 * which a `connectionString` would silently win over. */
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    max: 2,
  };
}

/**
 * The schema describer reads catalog columns of PostgreSQL's one-byte "char" type (OID 18, e.g.
 * pg_constraint.contype) and expects them typed as Character, a mapping adapter-pg 7.10 lacks.
 * The client marks such fields in their name; the adapter wrapper restores the name and types
 * the column as Character (driver-adapter-utils ColumnTypeEnum.Character).
 */
const CHAR_MARK = "\u0000char";
const CHARACTER_COLUMN = 6;
type FieldLike = { name: string; dataTypeID: number };
function markChar<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of (r as { fields?: FieldLike[] })?.fields ?? []) {
      if (f.dataTypeID === 18) {
        f.dataTypeID = 25;
        f.name += CHAR_MARK;
      }
    }
  }
  return result;
}
class CatalogSafeClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, err ? res : markChar(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out && typeof (out as Promise<unknown>).then === "function"
      ? (out as Promise<unknown>).then(markChar)
      : out;
  }
}

type RawResult = { columnNames: string[]; columnTypes: number[] };
async function connectCatalogSafe(config: PoolConfig) {
  const adapter = await new PrismaPg(new pg.Pool({ ...config, Client: CatalogSafeClient }), {
    disposeExternalPool: true,
  }).connect();
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (q) => {
    const r = (await queryRaw(q)) as unknown as RawResult;
    r.columnNames.forEach((name, i) => {
      if (name.endsWith(CHAR_MARK)) {
        r.columnNames[i] = name.slice(0, -CHAR_MARK.length);
        r.columnTypes[i] = CHARACTER_COLUMN;
      }
    });
    return r as never;
  };
  return adapter;
}

/**
 * The factory the engine migrates with. Its shadow database (for diffs) is created and dropped
 * here: adapter-pg's own drops the database before closing the pool, which PostgreSQL refuses.
 */
export function adapterFactory(url: string) {
  const config = poolConfigFromUrl(url);
  return {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: () => connectCatalogSafe(config),
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client(config);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = await connectCatalogSafe({ ...config, database: name });
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client(config);
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return shadow;
    },
  };
}

