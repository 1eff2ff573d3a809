import type { SponsorLogo } from "@/lib/sponsors/types";

export function SponsorGrid({ sponsors }: { sponsors: SponsorLogo[] }) {
  if (sponsors.length === 0) return null;
  return (
    <section aria-labelledby="home-sponsors" className="mt-10">
      <h2 id="home-sponsors" className="mb-1 text-xl font-semibold">
        Sponsors
      </h2>
      <p className="text-base-content/70 mb-3 text-sm">
        These organisations fund the Python Software Foundation.
      </p>
      <ul className="flex flex-wrap gap-3">
        {sponsors.map((s) => (
          <li key={s.name}>
            {s.url ? (
              <a href={s.url} rel="sponsored noopener" className="badge badge-lg badge-outline">
                {s.name}
              </a>
            ) : (
              <span className="badge badge-lg badge-outline">{s.name}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
