/**
 * One sample URL for every page kind under app/ (issue #21: axe over every public and admin page
 * kind), with who opens it. The kinds are enumerated from the file system, so a new page.tsx that
 * is missing here fails `pageKindsMissingASample()` until someone gives it a sample. Samples come
 * from the seeded database by name or slug (never by a hard-coded id another test may change).
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { seededBoardElection, withDb } from "./db";
import { appDir } from "./routes";

export type Viewer = "visitor" | "alice" | "bob" | "moderator" | "staff";
/**
 * `statuses`: the answers allowed (200 unless given); `ready`: a selector that shows the page has
 * finished drawing what a script adds to it.
 */
export type PageSample = { kind: string; url: string; as: Viewer; statuses?: number[]; ready?: string };

/** Every page route pattern under app/, e.g. "/events/[calendar]/[id]/" (route groups dropped). */
export function pageKinds(dir = appDir, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (prefix === "" && name === "api") {
        if (statSync(path.join(full, "docs")).isDirectory()) out.push("/api/docs/");
        continue;
      }
      out.push(...pageKinds(full, /^\(.+\)$/.test(name) ? prefix : `${prefix}/${name}`));
    } else if (name === "page.tsx") out.push(`${prefix}/`);
  }
  return out;
}

async function one(sql: string, params: unknown[] = []): Promise<string> {
  return withDb(async (c) => {
    const row = (await c.query(sql, params)).rows[0] as Record<string, unknown> | undefined;
    if (!row) throw new Error(`no seeded row for: ${sql}`);
    return String(Object.values(row)[0]);
  });
}

/** The sample of each kind, looked up in the seeded database. */
export async function pageSamples(): Promise<PageSample[]> {
  const release = await one(
    "SELECT slug FROM downloads_release WHERE is_published AND slug LIKE 'python-3%' ORDER BY release_date DESC LIMIT 1",
  );
  const event = await one(
    "SELECT e.id FROM events_event e JOIN events_calendar c ON c.id = e.calendar_id WHERE c.slug = 'python-events' ORDER BY e.id LIMIT 1",
  );
  const location = await one("SELECT id FROM events_eventlocation ORDER BY id LIMIT 1");
  const approvedJob = await one("SELECT id FROM jobs_job WHERE status = 'approved' ORDER BY id LIMIT 1");
  const aliceDraft = await one(
    "SELECT j.id FROM jobs_job j JOIN users_user u ON u.id = j.creator_id WHERE u.username = 'alice' AND j.status = 'draft' ORDER BY j.id LIMIT 1",
  );
  const jobLocation = await one(
    "SELECT location_slug FROM jobs_job WHERE status = 'approved' ORDER BY id LIMIT 1",
  );
  const election = await seededBoardElection("open");
  const nomination = await one(
    `SELECT n.id FROM nominations_nomination n JOIN nominations_election e ON e.id = n.election_id
     JOIN users_user u ON u.id = n.nominator_id WHERE e.slug = $1 AND u.username = 'alice' LIMIT 1`,
    [election],
  );
  // A closed election shows its accepted and approved nominees to everyone.
  const closed = await seededBoardElection("closed");
  const publicNominee = await one(
    `SELECT n.slug FROM nominations_nominee n JOIN nominations_election e ON e.id = n.election_id
     WHERE e.slug = $1 AND n.accepted AND n.approved ORDER BY n.slug LIMIT 1`,
    [closed],
  );
  const minutes = await one("SELECT to_char(date, 'YYYY-MM-DD') FROM minutes_minutes ORDER BY date LIMIT 1");
  const post = await one("SELECT id FROM community_post ORDER BY id LIMIT 1");
  const story = await one("SELECT slug FROM successstories_story WHERE slug = 'wind-farm-maintenance'");
  const storyCategory = await one("SELECT slug FROM successstories_storycategory ORDER BY slug LIMIT 1");
  const bobSponsorship = await one(
    "SELECT s.id FROM sponsors_sponsorship s JOIN users_user u ON u.id = s.submited_by_id WHERE u.username = 'bob' ORDER BY s.id LIMIT 1",
  );
  const bobSponsor = await one(
    "SELECT s.sponsor_id FROM sponsors_sponsorship s JOIN users_user u ON u.id = s.submited_by_id WHERE u.username = 'bob' ORDER BY s.id LIMIT 1",
  );
  const eventDate = await one(
    `SELECT to_char(o.start AT TIME ZONE 'America/New_York', 'YYYY/MM/DD') FROM events_occurrence o WHERE o.event_id = $1 LIMIT 1`,
    [event],
  ).catch(() => "2026/12/02");
  const a = await adminSamples();
  return [
    // Public pages, for a visitor.
    ...(
      [
        ["/", "/"],
        ["/about/", "/about/"],
        ["/[...path]/", "/about/apps/"],
        ["/blogs/", "/blogs/"],
        ["/community/", "/community/"],
        ["/community/[pk]/", `/community/${post}/`],
        ["/doc/", "/doc/"],
        ["/doc/versions/", "/doc/versions/"],
        ["/downloads/", "/downloads/"],
        ["/downloads/[os]/", "/downloads/windows/"],
        ["/downloads/operating-systems/", "/downloads/operating-systems/"],
        ["/downloads/release/[slug]/", `/downloads/release/${release}/`],
        ["/events/", "/events/"],
        ["/events/calendars/", "/events/calendars/"],
        ["/events/[calendar]/", "/events/python-events/"],
        ["/events/[calendar]/[id]/", `/events/python-events/${event}/`],
        ["/events/[calendar]/categories/", "/events/python-events/categories/"],
        ["/events/[calendar]/categories/[slug]/", "/events/python-events/categories/conference/"],
        ["/events/[calendar]/date/[year]/[month]/[day]/", `/events/python-events/date/${eventDate}/`],
        ["/events/[calendar]/locations/", "/events/python-events/locations/"],
        ["/events/[calendar]/locations/[id]/", `/events/python-events/locations/${location}/`],
        ["/events/[calendar]/past/", "/events/python-events/past/"],
        // ?page=N of the listings, rewritten to these routes (next.config.mjs).
        ["/events/page/[n]/", "/events/page/1/"],
        ["/events/[calendar]/page/[n]/", "/events/python-events/page/1/"],
        ["/events/[calendar]/past/page/[n]/", "/events/python-events/past/page/1/"],
        ["/jobs/page/[n]/", "/jobs/page/1/"],
        ["/jobs/category/[slug]/page/[n]/", "/jobs/category/software-engineering/page/1/"],
        ["/jobs/location/[slug]/page/[n]/", `/jobs/location/${jobLocation}/page/1/`],
        ["/jobs/location/telecommute/page/[n]/", "/jobs/location/telecommute/page/1/"],
        ["/jobs/type/[slug]/page/[n]/", "/jobs/type/back-end/page/1/"],
        ["/jobs/", "/jobs/"],
        ["/jobs/[pk]/", `/jobs/${approvedJob}/`],
        ["/jobs/categories/", "/jobs/categories/"],
        ["/jobs/category/[slug]/", "/jobs/category/software-engineering/"],
        ["/jobs/locations/", "/jobs/locations/"],
        ["/jobs/location/[slug]/", `/jobs/location/${jobLocation}/`],
        ["/jobs/location/telecommute/", "/jobs/location/telecommute/"],
        ["/jobs/types/", "/jobs/types/"],
        ["/jobs/type/[slug]/", "/jobs/type/back-end/"],
        ["/jobs/thanks/", "/jobs/thanks/"],
        ["/nominations/", "/nominations/"],
        ["/nominations/elections/", "/nominations/elections/"],
        ["/nominations/election/[slug]/", `/nominations/election/${election}/`],
        ["/nominations/elections/[slug]/nominees/", `/nominations/elections/${closed}/nominees/`],
        [
          "/nominations/elections/[slug]/nominees/[nominee]/",
          `/nominations/elections/${closed}/nominees/${publicNominee}/`,
        ],
        ["/psf-landing/", "/psf-landing/"],
        ["/psf/records/board/minutes/", "/psf/records/board/minutes/"],
        ["/psf/records/board/minutes/[date]/", `/psf/records/board/minutes/${minutes}/`],
        ["/psf/sponsors/", "/psf/sponsors/"],
        // A per_page keeps the query on the page rendered per request; a plain ?q= is rewritten
        // to the cached route (next.config.mjs).
        ["/search/", "/search/?q=python&per_page=5"],
        ["/search/%5Fq/[q]/[type]/[page]/", "/search/?q=python"],
        ["/shell/", "/shell/"],
        ["/sponsors/application/", "/sponsors/application/"],
        ["/success-stories/", "/success-stories/"],
        ["/success-stories/[slug]/", `/success-stories/${story}/`],
        ["/success-stories/category/[slug]/", `/success-stories/category/${storyCategory}/`],
        ["/users/[username]/", "/users/alice/"],
        ["/accounts/login/", "/accounts/login/"],
        ["/accounts/signup/", "/accounts/signup/"],
        ["/accounts/inactive/", "/accounts/inactive/"],
        ["/accounts/password/reset/", "/accounts/password/reset/"],
        ["/accounts/password/reset/done/", "/accounts/password/reset/done/"],
        ["/accounts/password/reset/key/[key]/", "/accounts/password/reset/key/not-a-real-key/"],
        ["/accounts/password/reset/key/done/", "/accounts/password/reset/key/done/"],
        ["/accounts/confirm-email/[key]/", "/accounts/confirm-email/not-a-real-key/"],
        ["/accounts/email/confirm/[key]/", "/accounts/email/confirm/not-a-real-key/"],
      ] as const
    ).map(([kind, url]) => ({ kind, url, as: "visitor" as const })),
    { kind: "/api/docs/", url: "/api/docs/", as: "visitor", ready: ".swagger-ui .opblock-summary-method" },
    { kind: "404", url: "/no-such-page-for-axe/", as: "visitor", statuses: [404] },
    // A signed-in member's own pages: alice owns the seeded jobs and a nomination.
    ...(
      [
        ["/accounts/email/", "/accounts/email/"],
        ["/accounts/logout/", "/accounts/logout/"],
        ["/accounts/password/change/", "/accounts/password/change/"],
        // alice has a password: the set page sends her on to the change page.
        ["/accounts/password/set/", "/accounts/password/set/"],
        ["/accounts/confirm-email/", "/accounts/confirm-email/"],
        ["/accounts/reauthenticate/", "/accounts/reauthenticate/?next=/users/edit/"],
        ["/users/membership/delete/[username]/", "/users/membership/delete/alice/"],
        ["/users/edit/", "/users/edit/"],
        ["/users/api-keys/", "/users/api-keys/"],
        ["/users/membership/", "/users/membership/"],
        ["/users/membership/edit/", "/users/membership/edit/"],
        ["/users/membership/affirm/", "/users/membership/affirm/"],
        ["/users/membership/affirm/done/", "/users/membership/affirm/done/"],
        ["/users/membership/thanks/", "/users/membership/thanks/"],
        ["/users/nominations/", "/users/nominations/"],
        ["/jobs/create/", "/jobs/create/"],
        ["/jobs/mine/", "/jobs/mine/"],
        // Her draft at its own address: her session cookie rewrites it here (next.config.mjs).
        ["/jobs/[pk]/%5Fviewer/", `/jobs/${aliceDraft}/`],
        ["/jobs/[pk]/edit/", `/jobs/${aliceDraft}/edit/`],
        ["/jobs/[pk]/preview/", `/jobs/${aliceDraft}/preview/`],
        ["/jobs/[pk]/remove/", `/jobs/${aliceDraft}/remove/`],
        ["/events/submit/", "/events/submit/"],
        ["/events/submit/thanks/", "/events/submit/thanks/"],
        ["/success-stories/create/", "/success-stories/create/"],
        ["/nominations/[election]/create/", `/nominations/${election}/create/`],
        ["/nominations/[election]/[pk]/", `/nominations/${election}/${nomination}/`],
        ["/nominations/[election]/[pk]/edit/", `/nominations/${election}/${nomination}/edit/`],
        ["/nominations/[election]/[pk]/accept/", `/nominations/${election}/${nomination}/accept/`],
      ] as const
    ).map(([kind, url]) => ({ kind, url, as: "alice" as const })),
    // A sponsor's contact: bob submitted the seeded applications.
    ...(
      [
        ["/users/sponsorships/", "/users/sponsorships/"],
        ["/users/sponsorships/[id]/", `/users/sponsorships/${bobSponsorship}/`],
        ["/users/sponsorships/[id]/assets/", `/users/sponsorships/${bobSponsorship}/assets/`],
        [
          "/users/sponsorships/[id]/provided-assets/",
          `/users/sponsorships/${bobSponsorship}/provided-assets/`,
        ],
        ["/users/sponsorships/sponsor/[sponsorId]/", `/users/sponsorships/sponsor/${bobSponsor}/`],
        ["/users/sponsorships/sponsor/edit/", `/users/sponsorships/sponsor/edit/?sponsor=${bobSponsor}`],
        ["/sponsors/application/new/", "/sponsors/application/new/"],
        ["/sponsors/application/finished/[id]/", `/sponsors/application/finished/${bobSponsorship}/`],
      ] as const
    ).map(([kind, url]) => ({ kind, url, as: "bob" as const })),
    { kind: "/jobs/review/", url: "/jobs/review/", as: "moderator" },
    { kind: "/jobs/moderate/", url: "/jobs/moderate/", as: "moderator" },
    // Behind the psf_membership flag, off in the seed (the not-found page) and turned on for a
    // moment by tests/e2e/membership.spec.ts, which may run meanwhile: either page passes axe.
    { kind: "/membership/", url: "/membership/", as: "visitor", statuses: [404, 200] },
    { kind: "/%5Fdraft/[...path]/", url: "/_draft/about/apps/", as: "staff" },
    ...a,
  ];
}

async function id(table: string): Promise<string> {
  return one(`SELECT id FROM ${table} ORDER BY id LIMIT 1`);
}

/** Every admin page kind (lists, create forms, edit forms, previews), for staff. */
async function adminSamples(): Promise<PageSample[]> {
  const release = await one(
    "SELECT r.id FROM downloads_release r WHERE EXISTS (SELECT 1 FROM downloads_releasefile f WHERE f.release_id = r.id) ORDER BY r.id LIMIT 1",
  );
  const file = await one("SELECT id FROM downloads_releasefile WHERE release_id = $1 ORDER BY id LIMIT 1", [
    release,
  ]);
  const feature = await withDb(
    async (c) =>
      (
        await c.query<{ b: number; f: number }>(
          "SELECT benefit_id AS b, id AS f FROM sponsors_benefitfeatureconfiguration ORDER BY id LIMIT 1",
        )
      ).rows[0]!,
  );
  const user = await one("SELECT id FROM users_user WHERE username = 'bob'");
  const ids: Record<string, string> = {
    banners: await id("banners_banner"),
    boxes: await id("boxes_box"),
    "code-samples": await id("codesamples_codesample"),
    community: await id("community_post"),
    companies: await id("companies_company"),
    events: await id("events_event"),
    flags: await id("waffle_flag"),
    "mail-templates": await id("mailing_emailtemplate"),
    membership: await id("users_membership"),
    minutes: await id("minutes_minutes"),
    navigation: await id("navigation_menuitem"),
    nominations: await id("nominations_election"),
    pages: await id("pages_page"),
    redirects: await id("django_redirect"),
    sponsors: await id("sponsors_sponsorship"),
    "success-stories": await id("successstories_story"),
    users: user,
    "work-groups": await id("work_groups_workgroup"),
  };
  const fill: Record<string, string> = {
    "[fileId]": String(file),
    "[benefitId]": String(feature.b),
    "[featureId]": String(feature.f),
    "[kindId]": await id("nominations_electionkind"),
    "[clauseId]": await id("sponsors_legalclause"),
    "[packageId]": await id("sponsors_sponsorshippackage"),
    "[programId]": await id("sponsors_sponsorshipprogram"),
    "[sponsorId]": await id("sponsors_sponsor"),
  };
  return pageKinds(path.join(appDir, "admin"), "/admin").map((kind) => {
    const parts = kind.split("/");
    const url = parts
      .map((seg, i) => {
        if (seg === "[id]") return parts[i - 1] === "releases" ? release : ids[parts[i - 1]!];
        return fill[seg] ?? seg;
      })
      .join("/");
    if (url.includes("undefined") || url.includes("[")) throw new Error(`no admin sample for ${kind}`);
    return { kind, url, as: "staff" as const };
  });
}

/** Page kinds under app/ that no sample covers (should be empty). */
export function pageKindsMissingASample(samples: PageSample[]): string[] {
  const covered = new Set(samples.map((s) => s.kind));
  return pageKinds().filter((k) => !covered.has(k));
}
