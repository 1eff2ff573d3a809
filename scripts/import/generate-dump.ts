/**
 * `npx tsx scripts/import/generate-dump.ts OUT_DIR [ROWS]`: writes a dumpdata-shaped dump of about
 * ROWS rows (default 100,000) in python.org's proportions (mostly users with their addresses and
 * API keys, then pages, release files, boxes, minutes, redirects), for timing the import
 * (docs/operations.md). The text is generated filler, never published anywhere.
 */
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";

const [out, rowsArg] = process.argv.slice(2);
if (!out) {
  console.error("usage: npx tsx scripts/import/generate-dump.ts OUT_DIR [ROWS]");
  process.exit(2);
}
const total = Number(rowsArg ?? 100_000);
mkdirSync(out, { recursive: true });

const HASH = "pbkdf2_sha256$150000$Qm2Zr7Tt9bXc$6nIX7IgwI8CZpIDzi7niVE2nXzftyKR85Kf69ox0eVY=";
const iso = (i: number) => new Date(Date.UTC(2010, 0, 1) + i * 3_600_000).toISOString();
const words = (i: number, n: number) =>
  Array.from(
    { length: n },
    (_, k) => ["python", "release", "board", "community", "docs", "package"][(i + k) % 6],
  ).join(" ");

async function file(name: string, rows: Iterable<unknown>) {
  const w: WriteStream = createWriteStream(path.join(out!, name));
  w.write("[\n");
  let first = true;
  for (const row of rows) {
    if (!w.write(`${first ? "" : ",\n"}${JSON.stringify(row)}`)) await once(w, "drain");
    first = false;
  }
  w.end("\n]\n");
  await once(w, "finish");
}

// Shares of the total: users 35%, their addresses 35%, API keys 10%, pages 5%, release files 8%,
// releases 1%, boxes 1%, minutes 2%, redirects 3%.
const n = (share: number) => Math.max(1, Math.round(total * share));
const users = n(0.35);
const releases = n(0.01);

function* range<T>(count: number, f: (i: number) => T) {
  for (let i = 1; i <= count; i++) yield f(i);
}

await file(
  "users.json",
  range(users, (i) => ({
    model: "users.user",
    pk: i,
    fields: {
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
      bio: "",
      bio_markup_type: "markdown",
      search_visibility: 1,
      _bio_rendered: "",
      email_privacy: 2,
      public_profile: true,
      groups: [],
      user_permissions: [],
    },
  })),
);
await file(
  "addresses.json",
  range(users, (i) => ({
    model: "account.emailaddress",
    pk: i,
    fields: { user: i, email: `member${i}@example.org`, verified: i % 7 !== 0, primary: true },
  })),
);
await file(
  "apikeys.json",
  range(n(0.1), (i) => ({
    model: "tastypie.apikey",
    pk: i,
    fields: { user: i, key: i.toString(16).padStart(40, "0"), created: iso(i) },
  })),
);
await file(
  "pages.json",
  range(n(0.05), (i) => {
    // Most pages carry Django's rendered HTML; one in ten is reST Django never rendered.
    const content = `Section ${i}\n==========\n\n${words(i, 40)}\n\n* ${words(i, 5)}\n* ${words(i + 1, 5)}\n`;
    return {
      model: "pages.page",
      pk: i,
      fields: {
        created: iso(i),
        updated: iso(i + 1),
        creator: (i % users) + 1,
        last_modified_by: null,
        title: `Page ${i}`,
        keywords: "",
        description: words(i, 8),
        path: `generated/section-${i % 50}/page-${i}`,
        content,
        content_markup_type: "restructuredtext",
        _content_rendered: i % 10 === 0 ? "" : `<h2>Section ${i}</h2><p>${words(i, 40)}</p>`,
        is_published: true,
        content_type: "text/html",
        template_name: "",
      },
    };
  }),
);
await file(
  "releases.json",
  range(releases, (i) => ({
    model: "downloads.release",
    pk: i,
    fields: {
      created: iso(i),
      updated: iso(i),
      creator: null,
      last_modified_by: null,
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
      content: "",
      content_markup_type: "markdown",
      _content_rendered: "",
    },
  })),
);
await file("oses.json", [
  {
    model: "downloads.os",
    pk: 1,
    fields: {
      created: iso(0),
      updated: iso(0),
      creator: null,
      last_modified_by: null,
      name: "Generated OS",
      slug: "generated-os",
    },
  },
]);
await file(
  "files.json",
  range(n(0.08), (i) => ({
    model: "downloads.releasefile",
    pk: i,
    fields: {
      created: iso(i),
      updated: iso(i),
      creator: null,
      last_modified_by: null,
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
    },
  })),
);
await file(
  "boxes.json",
  range(n(0.01), (i) => ({
    model: "boxes.box",
    pk: i,
    fields: {
      created: iso(i),
      updated: iso(i),
      creator: null,
      last_modified_by: null,
      label: `generated-box-${i}`,
      content: `<p>${words(i, 12)}</p>`,
      content_markup_type: "html",
      _content_rendered: `<p>${words(i, 12)}</p>`,
    },
  })),
);
await file(
  "minutes.json",
  range(n(0.02), (i) => ({
    model: "minutes.minutes",
    pk: i,
    fields: {
      created: iso(i),
      updated: iso(i),
      creator: null,
      last_modified_by: null,
      date: new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      content: words(i, 30),
      content_markup_type: "restructuredtext",
      _content_rendered: `<p>${words(i, 30)}</p>`,
      is_published: true,
    },
  })),
);
await file(
  "redirects.json",
  range(n(0.03), (i) => ({
    model: "redirects.redirect",
    pk: i,
    fields: { site: 1, old_path: `/generated/old-${i}/`, new_path: `/generated/new-${i}/` },
  })),
);
console.log(`Wrote about ${total} rows to ${out}.`);
