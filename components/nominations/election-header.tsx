import Link from "next/link";
import type { ElectionSummary } from "@/lib/nominations/types";
import { DEFAULT_ACCENT } from "@/lib/nominations/constants";
import { electionStatus } from "@/lib/nominations/utils";

const HEX = /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i;

/** The kind's accent colour (a stored hex value; anything else falls back to the default). */
export const accentOf = (e: Pick<ElectionSummary, "kind">) =>
  e.kind && HEX.test(e.kind.accentColor) ? e.kind.accentColor : DEFAULT_ACCENT;

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
// Intl refuses timeZoneName beside dateStyle/timeStyle (a TypeError at module load that fails
// `next build`), so the fields are spelled out: "1 December 2026, 17:00 UTC".
const windowFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});
const inUtc = (d: Date) => `${windowFormat.format(d)} UTC`;

/** An election's title band, themed by its kind's accent colour (a border: text keeps AA contrast). */
export function ElectionHeader({ election, heading }: { election: ElectionSummary; heading?: string }) {
  const accent = accentOf(election);
  return (
    <header
      className="border-l-8 pl-4"
      style={{ borderColor: accent }}
      data-accent={accent}
      data-testid="election-header"
    >
      {election.kind && <p className="text-base-content/80 text-sm uppercase">{election.kind.name}</p>}
      <h1 className="text-3xl font-bold">{heading ?? election.name}</h1>
      <p className="text-base-content/80">
        <span className="badge badge-outline mr-2">{electionStatus(election)}</span>
        Election {dateFormat.format(election.date)}
        {election.nominationsOpenAt && election.nominationsCloseAt && (
          <>
            {" "}
            · nominations {inUtc(election.nominationsOpenAt)} to {inUtc(election.nominationsCloseAt)}
          </>
        )}
      </p>
      {heading && (
        <p>
          <Link href={`/nominations/election/${election.slug}/`}>{election.name}</Link>
        </p>
      )}
    </header>
  );
}
