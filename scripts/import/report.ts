/** The import's report as text: one line per model, then every failure with its pk and reason. */
import type { ImportResult } from "./run";

const COLUMNS = ["read", "created", "updated", "unchanged", "skipped", "failed"] as const;

export function formatReport(
  result: ImportResult,
  opts: { dryRun?: boolean; maxFailures?: number } = {},
): string {
  const lines: string[] = [];
  const width = Math.max(5, ...result.models.map((r) => r.model.length));
  lines.push(`${"model".padEnd(width)}  ${COLUMNS.map((c) => c.padStart(9)).join(" ")}`);
  for (const r of result.models)
    lines.push(`${r.model.padEnd(width)}  ${COLUMNS.map((c) => String(r[c]).padStart(9)).join(" ")}`);
  const skipReasons = new Map<string, number>();
  for (const r of result.models)
    for (const s of r.skips)
      skipReasons.set(`${r.model}: ${s.reason}`, (skipReasons.get(`${r.model}: ${s.reason}`) ?? 0) + 1);
  if (skipReasons.size) {
    lines.push("", "Skipped:");
    for (const [reason, n] of skipReasons) lines.push(`  ${reason} (${n})`);
  }
  const ignored = Object.entries(result.ignored);
  if (ignored.length) {
    lines.push("", "Not imported (no mapping, or left out by --only):");
    lines.push(`  ${ignored.map(([m, n]) => `${m} ${n}`).join(", ")}`);
  }
  const { kept, rendered, rstFailures } = result.markup;
  lines.push(
    "",
    `Markup: ${kept} rendered fields kept (re-sanitized), ${rendered} rendered here${rstFailures ? `, ${rstFailures} reST documents stored as text (docutils failed)` : ""}.`,
  );
  const media = result.media;
  if (media.copied || media.present || media.missing.length) {
    lines.push(
      `Media: ${media.copied} copied, ${media.present} already stored, ${media.missing.length} missing.`,
    );
    for (const m of media.missing) lines.push(`  missing ${m.key} (${m.model} pk ${JSON.stringify(m.pk)})`);
  }
  for (const [domain, summary] of Object.entries(result.after)) lines.push(`After ${domain}: ${summary}.`);
  const max = opts.maxFailures ?? 200;
  const failures = result.models.flatMap((r) =>
    r.failures.map((f) => `  ${r.model} pk ${JSON.stringify(f.pk)}: ${f.reason}`),
  );
  if (failures.length) {
    lines.push("", `Failures (${failures.length}):`, ...failures.slice(0, max));
    if (failures.length > max)
      lines.push(`  … and ${failures.length - max} more (--report FILE has them all)`);
  }
  lines.push(
    "",
    `${opts.dryRun ? "Dry run, nothing written: " : ""}${result.failed} failed, ${result.seconds.toFixed(1)} s.`,
  );
  return lines.join("\n");
}
