/**
 * Every domain's mappings, one line per domain (scripts/import/models/<domain>.ts). `--only`
 * picks entries by domain name or by a Django app label they map. Order does not matter: the
 * importer orders models by their `dependsOn`.
 */
import { bannersMappings } from "./models/banners";
import { blogsMappings } from "./models/blogs";
import { boxesMappings } from "./models/boxes";
import { codeSamplesMappings } from "./models/code-samples";
import { communityMappings } from "./models/community";
import { companiesMappings } from "./models/companies";
import { downloadsMappings } from "./models/downloads";
import { eventsMappings, refreshImportedOccurrences } from "./models/events";
import { flagsMappings } from "./models/flags";
import { jobsMappings } from "./models/jobs";
import { mailingMappings } from "./models/mailing";
import { membershipMappings } from "./models/membership";
import { minutesMappings } from "./models/minutes";
import { navigationMappings } from "./models/navigation";
import { nominationsMappings } from "./models/nominations";
import { pagesMappings } from "./models/pages";
import { sponsorFeaturesMappings } from "./models/sponsor-features";
import { sponsorsMappings } from "./models/sponsors";
import { sponsorshipsMappings } from "./models/sponsorships";
import { successStoriesMappings } from "./models/success-stories";
import { usersMappings } from "./models/users";
import { workGroupsMappings } from "./models/work-groups";
import type { Db, Mapping } from "./types";

export type DomainMappings = {
  domain: string;
  mappings: Mapping[];
  /**
   * Runs once after the whole import when it wrote rows of this domain (never on a dry run):
   * derived data rebuilt from what came in. Says what it did, for the report.
   */
  afterImport?: (db: Db) => Promise<string>;
};

export const registry: DomainMappings[] = [
  { domain: "users", mappings: usersMappings },
  { domain: "pages", mappings: pagesMappings },
  { domain: "boxes", mappings: boxesMappings },
  { domain: "navigation", mappings: navigationMappings },
  { domain: "downloads", mappings: downloadsMappings },
  { domain: "companies", mappings: companiesMappings },
  { domain: "minutes", mappings: minutesMappings },
  { domain: "banners", mappings: bannersMappings },
  { domain: "code-samples", mappings: codeSamplesMappings },
  { domain: "work-groups", mappings: workGroupsMappings },
  { domain: "mailing", mappings: mailingMappings },
  { domain: "flags", mappings: flagsMappings },
  { domain: "events", mappings: eventsMappings, afterImport: refreshImportedOccurrences },
  { domain: "jobs", mappings: jobsMappings },
  { domain: "blogs", mappings: blogsMappings },
  { domain: "success-stories", mappings: successStoriesMappings },
  { domain: "community", mappings: communityMappings },
  { domain: "nominations", mappings: nominationsMappings },
  { domain: "membership", mappings: membershipMappings },
  { domain: "sponsors", mappings: [...sponsorsMappings, ...sponsorshipsMappings, ...sponsorFeaturesMappings] },
];

/** Dependency order (a model after every model it depends on); throws on a cycle. */
export function orderMappings(mappings: Mapping[]): Mapping[] {
  const byModel = new Map(mappings.map((m) => [m.model, m]));
  const out: Mapping[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (m: Mapping, trail: string[]) => {
    const s = state.get(m.model);
    if (s === "done") return;
    if (s === "visiting") throw new Error(`dependency cycle: ${[...trail, m.model].join(" → ")}`);
    state.set(m.model, "visiting");
    for (const dep of m.dependsOn ?? []) {
      const d = byModel.get(dep);
      if (d) visit(d, [...trail, m.model]);
    }
    state.set(m.model, "done");
    out.push(m);
  };
  for (const m of mappings) visit(m, []);
  return out;
}

/**
 * The mappings `--only` selects (all without it), with the lookup-only models they depend on
 * (content types, allauth addresses, polymorphic base rows): a lookup nothing selected reads is
 * left out, and its rows are listed as not imported.
 */
export function selectMappings(only: string[] | null, entries: DomainMappings[] = registry): Mapping[] {
  const all = entries.flatMap((e) => e.mappings);
  if (!only?.length) return orderMappings(all);
  const wanted = new Set(only.map((s) => s.trim().toLowerCase()).filter(Boolean));
  const app = (m: Mapping) => m.model.split(".")[0]!;
  const known = new Set(entries.flatMap((e) => [e.domain, ...e.mappings.map(app)]));
  const unknown = [...wanted].filter((w) => !known.has(w));
  if (unknown.length)
    throw new Error(`--only: unknown ${unknown.join(", ")} (known: ${[...known].sort().join(", ")})`);
  const chosen = entries.flatMap((e) => e.mappings.filter((m) => wanted.has(e.domain) || wanted.has(app(m))));
  const needed = new Set(chosen.flatMap((m) => m.dependsOn ?? []));
  const lookups = all.filter((m) => m.lookup && needed.has(m.model) && !chosen.includes(m));
  return orderMappings([...chosen, ...lookups]);
}
