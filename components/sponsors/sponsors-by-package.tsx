import type { DisplayedSponsor, SponsorGroup } from "@/lib/sponsors/types";

/** One sponsor: its logo at the width ideal_size gives it (or its name), linked to its site. */
export function SponsorLogoCard({ sponsor, max }: { sponsor: DisplayedSponsor; max?: number }) {
  const style = max ? { maxWidth: max, maxHeight: max } : { width: sponsor.width, maxWidth: "100%" };
  const logo = sponsor.logo ? (
    // eslint-disable-next-line @next/next/no-img-element -- stored media, any size; next/image would need its own loader
    <img src={sponsor.logo} alt={`${sponsor.name} logo`} style={style} className="mx-auto h-auto" />
  ) : (
    <span className="text-lg font-semibold">{sponsor.name}</span>
  );
  return (
    <div id={sponsor.slug} data-internal-year={sponsor.year ?? undefined} className="text-center">
      {sponsor.url ? (
        <a href={sponsor.url} rel="sponsored noopener" className="inline-block">
          {logo}
        </a>
      ) : (
        logo
      )}
      <p className="text-base-content/80 mt-2 text-sm">{sponsor.name}</p>
    </div>
  );
}

/** templates sponsors/partials/sponsors-list.html, logo_place "sponsors": a grid per package. */
export function SponsorsByPackage({ groups }: { groups: SponsorGroup[] }) {
  if (groups.length === 0)
    return (
      <p role="status">
        No sponsorships are running right now; the next year&apos;s sponsors appear here once signed.
      </p>
    );
  return (
    <div className="space-y-12">
      {groups.map((g, i) => (
        <section
          key={g.slug}
          aria-labelledby={`package-${g.slug}`}
          title={`${g.label} Sponsors`}
          className="text-center"
        >
          <h2 id={`package-${g.slug}`} className={`mb-6 font-bold ${i === 0 ? "text-4xl" : "text-3xl"}`}>
            {g.label} Sponsors
          </h2>
          <div
            className="grid items-center justify-center gap-8"
            style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${g.dimension}px), 0fr))` }}
          >
            {g.sponsors.map((s) => (
              <SponsorLogoCard key={s.slug} sponsor={s} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/** sponsors-list.html, logo_place "download": "Visionary sponsors help to host Python downloads." */
export function DownloadSponsors({ sponsors }: { sponsors: DisplayedSponsor[] }) {
  if (sponsors.length === 0) return null;
  return (
    <section aria-labelledby="download-sponsors" className="text-center">
      <h2 id="download-sponsors" className="text-2xl font-semibold">
        Sponsors
      </h2>
      <p>Visionary sponsors help to host Python downloads.</p>
      <div
        className="mt-6 grid items-center justify-center gap-8"
        style={{ gridTemplateColumns: "repeat(auto-fit, minmax(150px, 0fr))" }}
      >
        {sponsors.map((s) => (
          <SponsorLogoCard key={s.slug} sponsor={s} max={150} />
        ))}
      </div>
    </section>
  );
}

/** sponsors-list.html, logo_place "jobs" (jobs/base.html's sidebar): "Job Board Sponsors", 100 px logos. */
export function JobBoardSponsors({ sponsors }: { sponsors: DisplayedSponsor[] }) {
  if (sponsors.length === 0) return null;
  return (
    <section aria-labelledby="job-board-sponsors" className="mt-10">
      <h2 id="job-board-sponsors" className="text-xl font-semibold">
        Job Board Sponsors
      </h2>
      <div
        className="mt-4 grid items-center justify-center gap-4"
        style={{ gridTemplateColumns: "repeat(auto-fit, minmax(100px, 0fr))" }}
      >
        {sponsors.map((s) => (
          <SponsorLogoCard key={s.slug} sponsor={s} max={100} />
        ))}
      </div>
    </section>
  );
}
