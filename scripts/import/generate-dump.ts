/**
 * `npx tsx scripts/import/generate-dump.ts OUT_DIR [ROWS]`: writes a dumpdata-shaped dump of about
 * ROWS rows (default 100,000) in python.org's proportions (mostly users with their addresses and
 * API keys, then pages, release files, events with their rules, jobs, blog entries, boxes,
 * minutes, redirects, success stories, community posts, nominations and sponsors), for timing the import (docs/operations.md). The text is generated filler,
 * never published anywhere.
 */
import { mkdirSync } from "node:fs";
import { writePsfRows } from "./generate-dump/psf";
import { cms, day, file as writeFile, iso, markup, range, words } from "./generate-dump/rows";

const [out, rowsArg] = process.argv.slice(2);
if (!out) {
  console.error("usage: npx tsx scripts/import/generate-dump.ts OUT_DIR [ROWS]");
  process.exit(2);
}
const total = Number(rowsArg ?? 100_000);
mkdirSync(out, { recursive: true });

const file = (name: string, rows: Iterable<unknown>) => writeFile(out, name, rows);

const HASH = "pbkdf2_sha256$150000$Qm2Zr7Tt9bXc$6nIX7IgwI8CZpIDzi7niVE2nXzftyKR85Kf69ox0eVY=";
// Shares of the total: users 27%, their addresses 27%, API keys 9%, pages 5%, release files 8%,
// releases 1%, events 4% (3% with a one-off rule, 1% weekly), jobs 2% with a review comment
// each in four, blog entries 2%, boxes 1%, minutes 2%, redirects 3%, success stories 1%,
// community posts 1% with a link each, nominees and nominations 0.5% each, sponsors 0.5% with a
// contact and a sponsorship each.
const n = (share: number) => Math.max(1, Math.round(total * share));
const users = n(0.27);
const releases = n(0.01);
const events = n(0.04);
const oneOffs = n(0.03);
const jobs = n(0.02);

await file(
  "users.json",
  range("users.user", users, (i) => ({
    password: HASH,
    last_login: null,
    is_superuser: false,
    username: `member${i}`,
    first_name: "Member",
    last_name: String(i),
    email: `member${i}@example.org`,
    is_staff: i % 500 === 0,
    is_active: true,
    date_joined: iso(i),
    ...markup("bio", "", "markdown", ""),
    search_visibility: 1,
    email_privacy: 2,
    public_profile: true,
    groups: [],
    user_permissions: [],
  })),
);
await file(
  "addresses.json",
  range("account.emailaddress", users, (i) => ({
    user: i,
    email: `member${i}@example.org`,
    verified: i % 7 !== 0,
    primary: true,
  })),
);
await file(
  "apikeys.json",
  range("tastypie.apikey", n(0.09), (i) => ({
    user: i,
    key: i.toString(16).padStart(40, "0"),
    created: iso(i),
  })),
);
await file(
  "pages.json",
  range("pages.page", n(0.05), (i) => ({
    ...cms(i, (i % users) + 1),
    updated: iso(i + 1),
    title: `Page ${i}`,
    keywords: "",
    description: words(i, 8),
    path: `generated/section-${i % 50}/page-${i}`,
    // Most pages carry Django's rendered HTML; one in ten is reST Django never rendered.
    ...markup(
      "content",
      `Section ${i}\n==========\n\n${words(i, 40)}\n\n* ${words(i, 5)}\n* ${words(i + 1, 5)}\n`,
      "restructuredtext",
      i % 10 === 0 ? "" : `<h2>Section ${i}</h2><p>${words(i, 40)}</p>`,
    ),
    is_published: true,
    content_type: "text/html",
    template_name: "",
  })),
);
await file(
  "releases.json",
  range("downloads.release", releases, (i) => ({
    ...cms(i),
    name: `Python 3.${Math.floor(i / 30)}.${i % 30} gen`,
    slug: `python-gen-${i}`,
    version: 3,
    is_latest: false,
    is_published: true,
    pre_release: false,
    show_on_download_page: false,
    release_date: iso(i),
    release_page: null,
    release_notes_url: "",
    ...markup("content", "", "markdown", ""),
  })),
);
await file(
  "oses.json",
  range("downloads.os", 1, () => ({ ...cms(0), name: "Generated OS", slug: "generated-os" })),
);
await file(
  "files.json",
  range("downloads.releasefile", n(0.08), (i) => ({
    ...cms(i),
    name: `File ${i}`,
    slug: `gen-file-${i}`,
    os: 1,
    release: (i % releases) + 1,
    description: "",
    is_source: false,
    url: `https://www.python.org/ftp/python/gen/file-${i}.tgz`,
    gpg_signature_file: "",
    sigstore_signature_file: "",
    sigstore_cert_file: "",
    sigstore_bundle_file: "",
    sbom_spdx2_file: "",
    md5_sum: "",
    sha256_sum: "",
    filesize: 1000 + i,
    download_button: false,
  })),
);
await file("calendars.json", [
  ...range("events.calendar", 2, (i) => ({
    ...cms(i),
    url: null,
    rss: null,
    embed: null,
    twitter: null,
    name: `Generated calendar ${i}`,
    slug: `generated-calendar-${i}`,
    description: null,
  })),
  ...range("events.eventcategory", 10, (i) => ({
    name: `Category ${i}`,
    slug: `gen-category-${i}`,
    calendar: (i % 2) + 1,
  })),
]);
await file(
  "events.json",
  range("events.event", events, (i) => ({
    ...cms(i),
    uid: `gen-${i}@example.org`,
    title: `Generated event ${i}`,
    calendar: (i % 2) + 1,
    ...markup("description", words(i, 20), "restructuredtext", `<p>${words(i, 20)}</p>`),
    venue: null,
    categories: [(i % 10) + 1],
    featured: i % 100 === 0,
  })),
);
await file("rules.json", [
  // The first events have a one-off rule each, the rest a weekly rule over a year.
  ...range("events.occurringrule", oneOffs, (i) => ({
    event: i,
    dt_start: iso(i * 24),
    dt_end: iso(i * 24 + 3),
    all_day: false,
  })),
  ...range("events.recurringrule", events - oneOffs, (i) => ({
    event: oneOffs + i,
    begin: iso(140_000 + i),
    finish: iso(140_000 + i + 8760),
    duration_internal: "02:00:00",
    duration: "2 hours",
    interval: 1,
    frequency: 2,
    all_day: false,
  })),
]);
await file("jobs.json", [
  ...range("jobs.jobtype", 5, (i) => ({ name: `Type ${i}`, slug: `gen-type-${i}`, active: true })),
  ...range("jobs.jobcategory", 5, (i) => ({
    name: `Category ${i}`,
    slug: `gen-category-${i}`,
    active: true,
  })),
  ...range("jobs.job", jobs, (i) => ({
    ...cms(i, (i % users) + 1),
    category: (i % 5) + 1,
    job_types: [(i % 5) + 1],
    other_job_type: "",
    company_name: `Company ${i % 300}`,
    ...markup("company_description", words(i, 10), "restructuredtext", `<p>${words(i, 10)}</p>`),
    job_title: `Python developer ${i}`,
    city: `City ${i % 200}`,
    region: "",
    country: `Country ${i % 40}`,
    location_slug: `city-${i % 200}-country-${i % 40}`,
    country_slug: `country-${i % 40}`,
    ...markup("description", words(i, 60), "restructuredtext", `<p>${words(i, 60)}</p>`),
    ...markup("requirements", words(i, 20), "restructuredtext", `<p>${words(i, 20)}</p>`),
    contact: null,
    email: `jobs${i}@example.org`,
    url: null,
    submitted_by: (i % users) + 1,
    status: ["approved", "expired", "archived", "review"][i % 4],
    expires: iso(i + 720),
    telecommuting: i % 3 === 0,
    agencies: true,
    is_featured: false,
  })),
  ...range("jobs.jobreviewcomment", Math.ceil(jobs / 4), (i) => ({
    ...cms(i),
    job: i * 4 - 3,
    ...markup("comment", words(i, 8), "restructuredtext", ""),
  })),
]);
await file("blogs.json", [
  ...range("blogs.feed", 1, () => ({
    name: "Generated feed",
    website_url: "https://example.org/",
    feed_url: "https://example.org/feed",
    last_import: null,
  })),
  ...range("blogs.blogentry", n(0.02), (i) => ({
    title: `Entry ${i}`,
    summary: `<p>${words(i, 30)}</p>`,
    pub_date: iso(i),
    url: `https://example.org/${i}.html`,
    feed: 1,
  })),
]);
await file(
  "boxes.json",
  range("boxes.box", n(0.01), (i) => ({
    ...cms(i),
    label: `generated-box-${i}`,
    ...markup("content", `<p>${words(i, 12)}</p>`, "html", `<p>${words(i, 12)}</p>`),
  })),
);
await file(
  "minutes.json",
  range("minutes.minutes", n(0.02), (i) => ({
    ...cms(i),
    date: day(i),
    ...markup("content", words(i, 30), "restructuredtext", `<p>${words(i, 30)}</p>`),
    is_published: true,
  })),
);
await file(
  "redirects.json",
  range("redirects.redirect", n(0.03), (i) => ({
    site: 1,
    old_path: `/generated/old-${i}/`,
    new_path: `/generated/new-${i}/`,
  })),
);
await writePsfRows(out, n, users);
console.log(`Wrote about ${total} rows to ${out}.`);
