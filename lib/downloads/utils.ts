/**
 * Version handling for release names ("Python 3.14.0", "Python 3.15.0a1"), following
 * apps/downloads/models.py get_version(): names that do not match give "".
 */
const NAME_RE = /^Python (\d[\d.]*(?:(?:a|b|rc)\d+)?)$/;

export function getVersion(name: string): string {
  return NAME_RE.exec(name.trim())?.[1] ?? "";
}

export type VersionKey = { parts: number[]; pre: [number, number] };

const PRE_ORDER: Record<string, number> = { a: 0, b: 1, rc: 2 };

/** A sortable key: numeric parts, then pre-release (a < b < rc < final). */
export function versionKey(version: string): VersionKey | null {
  const m = /^(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?$/.exec(version);
  if (!m) return null;
  const parts = m[1]!.split(".").map(Number);
  const pre: [number, number] = m[2] ? [PRE_ORDER[m[2]]!, Number(m[3])] : [3, 0];
  return { parts, pre };
}

/** Compares two version strings numerically (3.10 > 3.9); unparsable versions sort last. */
export function compareVersions(a: string, b: string): number {
  const ka = versionKey(a);
  const kb = versionKey(b);
  if (!ka || !kb) return ka ? -1 : kb ? 1 : 0;
  const len = Math.max(ka.parts.length, kb.parts.length, 3);
  for (let i = 0; i < len; i++) {
    const d = (ka.parts[i] ?? 0) - (kb.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return ka.pre[0] - kb.pre[0] || ka.pre[1] - kb.pre[1];
}

/** The "X.Y" series of a version, or "" when unparsable. */
export function seriesOf(version: string): string {
  const k = versionKey(version);
  return k && k.parts.length >= 2 ? `${k.parts[0]}.${k.parts[1]}` : "";
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}


/**
 * Datetime filters as the API's clients mean them. Responses carry milliseconds while PostgreSQL
 * keeps microseconds (a release dated by the database's now()), so a value read back from the API
 * stands for its whole millisecond: "exact" and "lte" take all of it, "gt" none of it.
 */
export function dateLookups(q: {
  exact?: Date;
  gt?: Date;
  gte?: Date;
  lt?: Date;
  lte?: Date;
  range?: readonly [Date, Date];
  year?: number;
}): { gte?: Date; lt?: Date }[] {
  const after = (d: Date) => new Date(d.getTime() + 1);
  const out: { gte?: Date; lt?: Date }[] = [];
  if (q.exact) out.push({ gte: q.exact, lt: after(q.exact) });
  if (q.gt) out.push({ gte: after(q.gt) });
  if (q.gte) out.push({ gte: q.gte });
  if (q.lt) out.push({ lt: q.lt });
  if (q.lte) out.push({ lt: after(q.lte) });
  if (q.range) out.push({ gte: q.range[0], lt: after(q.range[1]) });
  if (q.year !== undefined)
    out.push({ gte: new Date(Date.UTC(q.year, 0, 1)), lt: new Date(Date.UTC(q.year + 1, 0, 1)) });
  return out;
}
