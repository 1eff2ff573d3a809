import Link from "next/link";
import type { NamedSlug } from "@/lib/jobs/types";
import { jobDisplayLocation } from "@/lib/jobs/utils";

type Menus = {
  jobsCount: number;
  types: NamedSlug[];
  categories: NamedSlug[];
  locations: { locationSlug: string; city: string; region: string; country: string }[];
};

/** The job board's sidebar (templates/jobs/base.html): post a job, the feed, and the menus. */
export function JobMenus({ menus }: { menus: Menus }) {
  return (
    <nav aria-label="Job board" className="space-y-4 text-sm">
      <p>
        <Link className="btn btn-primary btn-sm" href="/jobs/create/">
          Post a job
        </Link>
      </p>
      <p className="leading-7">
        <Link className="link" href="/jobs/">
          {menus.jobsCount} {menus.jobsCount === 1 ? "job" : "jobs"} listed
        </Link>{" "}
        · <Link className="link" href="/jobs/mine/">Your job postings</Link> ·{" "}
        <Link className="link" href="/jobs/feed/rss/">RSS feed</Link>
      </p>
      <Menu title="By type" href="/jobs/types/" items={menus.types.map((t) => [t.name, `/jobs/type/${t.slug}/`])} />
      <Menu
        title="By category"
        href="/jobs/categories/"
        items={menus.categories.map((c) => [c.name, `/jobs/category/${c.slug}/`])}
      />
      <Menu
        title="By location"
        href="/jobs/locations/"
        items={[
          ["Remote work possible", "/jobs/location/telecommute/"],
          ...menus.locations.map((l) => [jobDisplayLocation(l), `/jobs/location/${l.locationSlug}/`] as [string, string]),
        ]}
      />
    </nav>
  );
}

function Menu({ title, href, items }: { title: string; href: string; items: [string, string][] }) {
  return (
    <section>
      <h2 className="font-semibold">
        <Link className="link link-hover inline-block min-h-6 leading-6" href={href}>
          {title}
        </Link>
      </h2>
      <ul className="ml-2">
        {items.map(([label, to]) => (
          <li key={to}>
            {/* WCAG 2.2 target size: each stacked link is at least 24 px tall. */}
            <Link className="link inline-block min-h-6 leading-6" href={to}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
