/**
 * SponsorshipPackage.get_default_revenue_split: each program's share of the package benefits'
 * internal values, in program order, rounded to whole percents.
 */
export function revenueSplit(
  benefits: { benefit: { internalValue: number | null; program: { name: string; order: number } } }[],
): { name: string; pct: number }[] {
  const byProgram = new Map<string, { order: number; value: number }>();
  for (const { benefit: b } of benefits) {
    const cur = byProgram.get(b.program.name) ?? { order: b.program.order, value: 0 };
    cur.value += b.internalValue ?? 0;
    byProgram.set(b.program.name, cur);
  }
  const total = [...byProgram.values()].reduce((s, p) => s + p.value, 0);
  if (!total) return [];
  return [...byProgram.entries()]
    .sort((a, b) => a[1].order - b[1].order)
    .map(([name, p]) => ({ name, pct: Math.round((100 * p.value) / total) }));
}

type Choices = {
  programs: { id: number; name: string }[];
  packages: { id: number; name: string; year: number | null }[];
  clauses: { id: number; internalName: string }[];
  benefits: { id: number; name: string; year: number | null; program: { name: string } }[];
};

/** The benefit form's select and checkbox choices. */
export function benefitChoiceOptions(c: Choices) {
  const v = (id: number) => String(id);
  return {
    programs: c.programs.map((p) => ({ value: v(p.id), label: p.name })),
    packages: c.packages.map((p) => ({ value: v(p.id), label: `${p.name} (${p.year ?? "no year"})` })),
    clauses: c.clauses.map((l) => ({ value: v(l.id), label: l.internalName })),
    conflicts: c.benefits.map((b) => ({
      value: v(b.id),
      label: `${b.program.name} – ${b.name} (${b.year ?? "no year"})`,
    })),
  };
}

const opt = (n: number | null) => (n === null ? "" : String(n));

/** A stored benefit as its form's values. */
export function benefitInitial(b: {
  name: string;
  description: string;
  programId: number;
  year: number | null;
  packageOnly: boolean;
  new: boolean;
  unavailable: boolean;
  standalone: boolean;
  internalDescription: string;
  internalValue: number | null;
  capacity: number | null;
  softCapacity: boolean;
  order: number;
  packages: { packageId: number }[];
  legalClauses: { legalClauseId: number }[];
  conflicts: { toId: number }[];
}) {
  const { packages, legalClauses, conflicts, ...rest } = b;
  return {
    ...rest,
    programId: String(b.programId),
    year: opt(b.year),
    internalValue: opt(b.internalValue),
    capacity: opt(b.capacity),
    packageIds: packages.map((p) => String(p.packageId)),
    legalClauseIds: legalClauses.map((l) => String(l.legalClauseId)),
    conflictIds: conflicts.map((c) => String(c.toId)),
  };
}

/** A stored configuration as its form's values (the kind's fields pick what they show). */
export function featureInitial(c: Record<string, unknown>) {
  const out: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(c)) {
    if (v instanceof Date) out[k] = v.toISOString().slice(0, 10);
    else if (typeof v === "boolean" || typeof v === "string") out[k] = v;
    else if (typeof v === "number") out[k] = String(v);
  }
  return out;
}
