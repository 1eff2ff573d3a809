/**
 * `--from-postgres URL` (issue #20): the Django tables read straight from a database. A scratch
 * database gets a few of python.org's tables as Django's migrations create them (names, `<fk>_id`
 * columns, many-to-many join tables, a DATE column), with rows; the import into a second, empty
 * database gives the same rows a dump would, and a second run changes nothing.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { migrateDeploy } from "@/scripts/db/engine";
import { hashApiKey } from "@/lib/users/utils";
import { runImport } from "@/scripts/import/run";
import { createScratchDatabase } from "../setup/scratch-db";

type Scratch = Awaited<ReturnType<typeof createScratchDatabase>>;
let django: Scratch | undefined;
let target: Scratch | undefined;

const DJANGO_SCHEMA = `
CREATE TABLE auth_group (id serial PRIMARY KEY, name varchar(150) UNIQUE NOT NULL);
CREATE TABLE users_user (
  id serial PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamptz, is_superuser boolean NOT NULL,
  username varchar(150) UNIQUE NOT NULL, first_name varchar(150) NOT NULL, last_name varchar(150) NOT NULL,
  email varchar(254) NOT NULL, is_staff boolean NOT NULL, is_active boolean NOT NULL, date_joined timestamptz NOT NULL,
  bio text NOT NULL, bio_markup_type varchar(30) NOT NULL, _bio_rendered text NOT NULL, search_visibility integer NOT NULL,
  email_privacy integer NOT NULL, public_profile boolean NOT NULL);
CREATE TABLE users_user_groups (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users_user, group_id integer NOT NULL REFERENCES auth_group);
CREATE TABLE account_emailaddress (id serial PRIMARY KEY, email varchar(254) NOT NULL, verified boolean NOT NULL, "primary" boolean NOT NULL, user_id integer NOT NULL REFERENCES users_user);
CREATE TABLE boxes_box (
  id serial PRIMARY KEY, created timestamptz NOT NULL, updated timestamptz NOT NULL, label varchar(100) UNIQUE NOT NULL,
  content text NOT NULL, content_markup_type varchar(30) NOT NULL, _content_rendered text NOT NULL,
  creator_id integer REFERENCES users_user, last_modified_by_id integer REFERENCES users_user);
CREATE TABLE minutes_minutes (
  id serial PRIMARY KEY, created timestamptz NOT NULL, updated timestamptz NOT NULL, date date NOT NULL,
  content text NOT NULL, content_markup_type varchar(30) NOT NULL, _content_rendered text NOT NULL, is_published boolean NOT NULL,
  creator_id integer REFERENCES users_user, last_modified_by_id integer REFERENCES users_user);
CREATE TABLE django_redirect (id serial PRIMARY KEY, site_id integer NOT NULL, old_path varchar(200) NOT NULL, new_path varchar(200) NOT NULL);
CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL);
CREATE TABLE sponsors_sponsorshipprogram (id serial PRIMARY KEY, "order" integer NOT NULL, name varchar(64) NOT NULL, description text);
CREATE TABLE sponsors_sponsorshipbenefit (
  id serial PRIMARY KEY, "order" integer NOT NULL, name varchar(1024) NOT NULL, description text, program_id integer NOT NULL REFERENCES sponsors_sponsorshipprogram,
  package_only boolean NOT NULL, new boolean NOT NULL, unavailable boolean NOT NULL, standalone boolean NOT NULL, internal_description text,
  internal_value integer, capacity integer, soft_capacity boolean NOT NULL, year integer);
CREATE TABLE sponsors_sponsorshipbenefit_conflicts (id serial PRIMARY KEY, from_sponsorshipbenefit_id integer NOT NULL, to_sponsorshipbenefit_id integer NOT NULL);
CREATE TABLE sponsors_benefitfeatureconfiguration (id serial PRIMARY KEY, polymorphic_ctype_id integer REFERENCES django_content_type, benefit_id integer NOT NULL REFERENCES sponsors_sponsorshipbenefit);
CREATE TABLE sponsors_logoplacementconfiguration (
  benefitfeatureconfiguration_ptr_id integer PRIMARY KEY REFERENCES sponsors_benefitfeatureconfiguration, publisher varchar(30) NOT NULL,
  logo_place varchar(30) NOT NULL, link_to_sponsors_page boolean NOT NULL, describe_as_sponsor boolean NOT NULL);
INSERT INTO django_content_type VALUES (71, 'sponsors', 'logoplacementconfiguration');
INSERT INTO sponsors_sponsorshipprogram VALUES (72, 0, 'PG Foundation', NULL);
INSERT INTO sponsors_sponsorshipbenefit VALUES
  (73, 0, 'PG logo', '', 72, false, false, false, false, NULL, NULL, NULL, false, 2027),
  (74, 1, 'PG booth', '', 72, false, false, false, true, NULL, NULL, NULL, false, 2027);
INSERT INTO sponsors_sponsorshipbenefit_conflicts (from_sponsorshipbenefit_id, to_sponsorshipbenefit_id) VALUES (73, 74), (74, 73);
INSERT INTO sponsors_benefitfeatureconfiguration VALUES (75, 71, 73);
INSERT INTO sponsors_logoplacementconfiguration VALUES (75, 'pypi', 'sidebar', true, false);
CREATE TABLE events_calendar (
  id serial PRIMARY KEY, created timestamptz NOT NULL, updated timestamptz NOT NULL, creator_id integer, last_modified_by_id integer,
  url varchar(200), rss varchar(200), embed varchar(200), twitter varchar(200), name varchar(100) NOT NULL, slug varchar(50) UNIQUE NOT NULL,
  description varchar(255));
CREATE TABLE events_event (
  id serial PRIMARY KEY, created timestamptz NOT NULL, updated timestamptz NOT NULL, creator_id integer, last_modified_by_id integer,
  uid varchar(200), title varchar(200) NOT NULL, calendar_id integer NOT NULL REFERENCES events_calendar, description text NOT NULL,
  description_markup_type varchar(30) NOT NULL, _description_rendered text NOT NULL, venue_id integer, featured boolean NOT NULL);
CREATE TABLE events_recurringrule (
  id serial PRIMARY KEY, event_id integer NOT NULL REFERENCES events_event, begin timestamptz NOT NULL, finish timestamptz NOT NULL,
  duration_internal interval NOT NULL, duration varchar(50) NOT NULL, interval smallint NOT NULL, frequency smallint NOT NULL, all_day boolean NOT NULL);
INSERT INTO events_calendar VALUES (81, now(), now(), NULL, NULL, NULL, NULL, NULL, NULL, 'PG calendar', 'pg-calendar', NULL);
INSERT INTO events_event VALUES (82, now(), now(), NULL, NULL, NULL, 'PG sprint', 81, 'Sprint.', 'plain', '', NULL, false);
INSERT INTO events_recurringrule VALUES (83, 82, '2026-01-05 17:00:00+00', '2034-01-01 00:00:00+00', '1 day 02:00:00', '26 hours', 1, 2, false);
INSERT INTO auth_group (id, name) VALUES (7, 'Imported Reviewers');
INSERT INTO users_user VALUES
  (31, 'pbkdf2_sha256$150000$Qm2Zr7Tt9bXc$6nIX7IgwI8CZpIDzi7niVE2nXzftyKR85Kf69ox0eVY=', NULL, false, 'pg.reader', 'Ines', 'Moreau',
   'pg.reader@example.org', false, true, '2017-08-09 10:11:12+00', '', 'markdown', '', 1, 2, true);
INSERT INTO users_user_groups (user_id, group_id) VALUES (31, 7);
INSERT INTO account_emailaddress (email, verified, "primary", user_id) VALUES ('pg.reader@example.org', true, true, 31);
INSERT INTO boxes_box VALUES (41, '2015-01-01 00:00:00+00', '2015-02-01 00:00:00+00', 'pg-import-box', 'Read *live*.', 'restructuredtext', '', 31, NULL);
INSERT INTO minutes_minutes VALUES (51, '2024-01-10 00:00:00+00', '2024-01-10 00:00:00+00', '2024-01-09', 'Met.', 'plain', '', true, NULL, NULL);
INSERT INTO django_redirect VALUES (61, 1, '/pg-old/', '/pg-new/');
CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text NOT NULL, expire_date timestamptz NOT NULL);
INSERT INTO django_session VALUES ('pg-one', 'x', now()), ('pg-two', 'y', now());
CREATE TABLE django_admin_log (id serial PRIMARY KEY, action_time timestamptz NOT NULL);
CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, created timestamptz NOT NULL, user_id integer UNIQUE NOT NULL REFERENCES users_user);
CREATE TABLE tastypie_apikey (id serial PRIMARY KEY, key varchar(128) NOT NULL, created timestamptz NOT NULL, user_id integer UNIQUE NOT NULL REFERENCES users_user);
INSERT INTO authtoken_token VALUES ('0123456789abcdef0123456789abcdef01234567', '2020-05-05 05:05:05+00', 31);
INSERT INTO tastypie_apikey VALUES (91, 'fedcba9876543210fedcba9876543210fedcba98', '2016-01-01 00:00:00+00', 31);
CREATE TABLE community_post (
  id serial PRIMARY KEY, created timestamptz NOT NULL, updated timestamptz NOT NULL, creator_id integer REFERENCES users_user,
  last_modified_by_id integer REFERENCES users_user, title varchar(200), content text NOT NULL, content_markup_type varchar(30) NOT NULL,
  _content_rendered text NOT NULL, abstract text, media_type integer NOT NULL, source_url varchar(1000) NOT NULL, meta jsonb NOT NULL,
  status integer NOT NULL);
CREATE TABLE community_link (
  id serial PRIMARY KEY, created timestamptz NOT NULL, updated timestamptz NOT NULL, creator_id integer REFERENCES users_user,
  last_modified_by_id integer REFERENCES users_user, post_id integer REFERENCES community_post, url varchar(1000) NOT NULL);
INSERT INTO community_post VALUES (95, '2018-03-03 03:03:03+00', '2018-03-03 03:03:03+00', 31, NULL, 'PG post', '<p>Live.</p>', 'html',
  '<p>Live.</p>', NULL, 4, '', '{"source": "pg", "tags": ["a", "b"], "n": 2}', 2);
INSERT INTO community_link VALUES (96, '2018-03-03 03:03:04+00', '2018-03-03 03:03:04+00', 31, NULL, 95, 'https://example.org/pg-link');
`;

let db: PrismaClient;

beforeAll(async () => {
  django = await createScratchDatabase();
  target = await createScratchDatabase();
  const c = new Client({ connectionString: django.url });
  await c.connect();
  await c.query(DJANGO_SCHEMA);
  await c.end();
  await migrateDeploy(target.url);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
});

afterAll(async () => {
  await db?.$disconnect();
  await django?.drop();
  await target?.drop();
});

describe("--from-postgres", () => {
  it("imports the Django tables it finds, in dumpdata's shape, and a second run changes nothing", async () => {
    const result = await runImport({ inputs: [], fromPostgres: django!.url, db });
    expect(result.failed).toBe(0);
    // Tables nothing reads are listed with their rows (an empty one is not).
    expect(result.ignored).toEqual({ django_session: 2 });
    const created = Object.fromEntries(result.models.map((m) => [m.model, m.created]));
    expect(created).toMatchObject({
      "auth.group": 1,
      "users.user": 1,
      "boxes.box": 1,
      "minutes.minutes": 1,
      "redirects.redirect": 1,
      "sponsors.sponsorshipbenefit": 2,
      "sponsors.logoplacementconfiguration": 1,
      "events.recurringrule": 1,
      "authtoken.token": 1,
      "tastypie.apikey": 1,
      "community.post": 1,
      "community.link": 1,
    });
    const user = await db.user.findUniqueOrThrow({
      where: { username: "pg.reader" },
      include: { groups: { include: { group: true } } },
    });
    expect(user.groups.map((g) => g.group.name)).toEqual(["Imported Reviewers"]);
    expect(user.emailVerified?.toISOString()).toBe("2017-08-09T10:11:12.000Z");
    const box = await db.box.findUniqueOrThrow({ where: { label: "pg-import-box" } });
    expect(box).toMatchObject({ creatorId: user.id, contentRendered: "<p>Read <em>live</em>.</p>\n" });
    expect((await db.minutes.findFirstOrThrow({ where: { legacyId: 51 } })).date.toISOString()).toBe(
      "2024-01-09T00:00:00.000Z",
    );
    expect(await db.redirect.findUniqueOrThrow({ where: { oldPath: "/pg-old/" } })).toMatchObject({
      newPath: "/pg-new/",
    });

    // A many-to-many onto the same table, and a polymorphic subclass keyed by its base pointer.
    const logo = await db.sponsorshipBenefit.findUniqueOrThrow({
      where: { legacyId: 73 },
      include: { conflicts: { include: { to: true } }, featureConfigs: true },
    });
    expect(logo.conflicts.map((c) => c.to.name)).toEqual(["PG booth"]);
    expect(logo.featureConfigs.map((c) => [c.legacyId, c.kind, c.publisher, c.logoPlace, c.linkToSponsorsPage])).toEqual([
      [75, "logo_placement", "pypi", "sidebar", true],
    ]);

    // A text primary key (DRF's token is its own key) and Tastypie's key: kept as hashes.
    const keys = await db.apiKey.findMany({ where: { userId: user.id }, orderBy: { kind: "asc" } });
    expect(keys.map((k) => [k.kind, k.keyHash, k.prefix])).toEqual([
      ["v1_apikey", hashApiKey("fedcba9876543210fedcba9876543210fedcba98"), "fedcba98"],
      ["v2_token", hashApiKey("0123456789abcdef0123456789abcdef01234567"), "01234567"],
    ]);
    // A JSONB column arrives as JSON, not as its text.
    const post = await db.communityPost.findUniqueOrThrow({ where: { legacyId: 95 }, include: { links: true } });
    expect(post.meta).toEqual({ source: "pg", tags: ["a", "b"], n: 2 });
    expect(post.links.map((l) => l.url)).toEqual(["https://example.org/pg-link"]);

    // An INTERVAL column, as PostgreSQL prints it.
    const rule = await db.recurringRule.findUniqueOrThrow({ where: { legacyId: 83 } });
    expect([rule.durationInternalSeconds, rule.frequency]).toEqual([93_600, 2]);
    expect(await db.eventOccurrence.count({ where: { eventId: rule.eventId } })).toBeGreaterThan(50);

    const again = await runImport({ inputs: [], fromPostgres: django!.url, db });
    expect(again.changed).toBe(false);
    expect(again.failed).toBe(0);
  });
});
