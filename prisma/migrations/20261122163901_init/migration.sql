-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('pending', 'valid', 'invalid', 'error');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('draft', 'review', 'approved', 'rejected', 'archived', 'removed', 'expired');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('queued', 'sent', 'failed', 'outbox');

-- CreateEnum
CREATE TYPE "NominationForm" AS ENUM ('board', 'packaging_council');

-- CreateEnum
CREATE TYPE "MarkupType" AS ENUM ('markdown', 'markdown_unsafe', 'restructuredtext', 'html', 'plain');

-- CreateEnum
CREATE TYPE "SponsorshipStatus" AS ENUM ('applied', 'rejected', 'approved', 'finalized');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('draft', 'outdated', 'awaiting_signature', 'executed', 'nullified');

-- CreateEnum
CREATE TYPE "LogoPublisher" AS ENUM ('psf', 'pycon', 'pypi', 'core');

-- CreateEnum
CREATE TYPE "LogoPlace" AS ENUM ('sidebar', 'sponsors', 'jobs', 'blogpost', 'footer', 'docs', 'download', 'devguide');

-- CreateEnum
CREATE TYPE "AssetRelatedTo" AS ENUM ('sponsor', 'sponsorship');

-- CreateEnum
CREATE TYPE "BenefitFeatureKind" AS ENUM ('logo_placement', 'tiered_benefit', 'email_targetable', 'required_img_asset', 'required_text_asset', 'required_response_asset', 'provided_text_asset', 'provided_file_asset');

-- CreateEnum
CREATE TYPE "AssetType" AS ENUM ('img', 'text', 'file', 'response');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('email_verify', 'password_reset', 'email_change');

-- CreateEnum
CREATE TYPE "ApiKeyKind" AS ENUM ('v1_apikey', 'v2_token');

-- CreateTable
CREATE TABLE "blogs_feed" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "website_url" VARCHAR(1000) NOT NULL,
    "feed_url" VARCHAR(1000) NOT NULL,
    "last_import" TIMESTAMPTZ(6),

    CONSTRAINT "blogs_feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "blogs_blogentry" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "title" VARCHAR(200) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "pub_date" TIMESTAMPTZ(6) NOT NULL,
    "url" VARCHAR(1000) NOT NULL,
    "feed_id" INTEGER NOT NULL,

    CONSTRAINT "blogs_blogentry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "blogs_feedaggregate" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "blogs_feedaggregate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "blogs_feedaggregate_feeds" (
    "feedaggregate_id" INTEGER NOT NULL,
    "feed_id" INTEGER NOT NULL,

    CONSTRAINT "blogs_feedaggregate_feeds_pkey" PRIMARY KEY ("feedaggregate_id","feed_id")
);

-- CreateTable
CREATE TABLE "blogs_relatedblog" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "name" VARCHAR(100) NOT NULL,
    "feed_url" VARCHAR(1000) NOT NULL,
    "blog_url" VARCHAR(1000) NOT NULL,
    "blog_name" VARCHAR(200) NOT NULL,
    "last_entry_published" TIMESTAMPTZ(6),
    "last_entry_title" VARCHAR(500) NOT NULL DEFAULT '',

    CONSTRAINT "blogs_relatedblog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "boxes_box" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "label" VARCHAR(100) NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "content_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_content_rendered" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "boxes_box_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "companies_company" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "about" TEXT NOT NULL DEFAULT '',
    "about_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_about_rendered" TEXT NOT NULL DEFAULT '',
    "contact" VARCHAR(100),
    "email" VARCHAR(100),
    "url" VARCHAR(200),
    "logo" VARCHAR(100),

    CONSTRAINT "companies_company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "successstories_storycategory" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,

    CONSTRAINT "successstories_storycategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "successstories_story" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "company_name" VARCHAR(500) NOT NULL,
    "company_url" VARCHAR(200) NOT NULL,
    "company_id" INTEGER,
    "category_id" INTEGER NOT NULL,
    "author" VARCHAR(500) NOT NULL,
    "author_email" VARCHAR(100),
    "pull_quote" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "content_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_content_rendered" TEXT NOT NULL DEFAULT '',
    "is_published" BOOLEAN NOT NULL DEFAULT false,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "image" VARCHAR(100),
    "submitted_by_id" INTEGER,

    CONSTRAINT "successstories_story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codesamples_codesample" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "code" TEXT NOT NULL DEFAULT '',
    "code_markup_type" "MarkupType" NOT NULL DEFAULT 'html',
    "_code_rendered" TEXT NOT NULL DEFAULT '',
    "copy" TEXT NOT NULL DEFAULT '',
    "copy_markup_type" "MarkupType" NOT NULL DEFAULT 'html',
    "_copy_rendered" TEXT NOT NULL DEFAULT '',
    "is_published" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "codesamples_codesample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community_post" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "title" VARCHAR(200),
    "content" TEXT NOT NULL DEFAULT '',
    "content_markup_type" "MarkupType" NOT NULL DEFAULT 'html',
    "_content_rendered" TEXT NOT NULL DEFAULT '',
    "abstract" TEXT,
    "media_type" INTEGER NOT NULL DEFAULT 1,
    "source_url" VARCHAR(1000) NOT NULL DEFAULT '',
    "meta" JSONB NOT NULL DEFAULT '{}',
    "status" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "community_post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community_link" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "post_id" INTEGER,
    "url" VARCHAR(1000) NOT NULL,

    CONSTRAINT "community_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community_photo" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "post_id" INTEGER,
    "image" VARCHAR(100),
    "image_url" VARCHAR(1000),
    "caption" TEXT NOT NULL DEFAULT '',
    "click_through_url" VARCHAR(200) NOT NULL DEFAULT '',

    CONSTRAINT "community_photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community_video" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "post_id" INTEGER,
    "video_embed" TEXT NOT NULL DEFAULT '',
    "video_data" VARCHAR(100),
    "caption" TEXT NOT NULL DEFAULT '',
    "click_through_url" VARCHAR(200) NOT NULL DEFAULT '',

    CONSTRAINT "community_video_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_minutes" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "date" DATE NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "content_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_content_rendered" TEXT NOT NULL DEFAULT '',
    "is_published" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "minutes_minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "banners_banner" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "title" VARCHAR(1024) NOT NULL,
    "message" VARCHAR(2048) NOT NULL,
    "link" VARCHAR(1024) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "psf_pages_only" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "banners_banner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "waffle_flag" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(100) NOT NULL,
    "everyone" BOOLEAN,
    "superusers" BOOLEAN NOT NULL DEFAULT true,
    "staff" BOOLEAN NOT NULL DEFAULT false,
    "testing" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modified" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "waffle_flag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "downloads_os" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,

    CONSTRAINT "downloads_os_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "downloads_release" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 3,
    "is_latest" BOOLEAN NOT NULL DEFAULT false,
    "is_published" BOOLEAN NOT NULL DEFAULT false,
    "pre_release" BOOLEAN NOT NULL DEFAULT false,
    "show_on_download_page" BOOLEAN NOT NULL DEFAULT true,
    "release_date" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "release_page_id" INTEGER,
    "release_notes_url" VARCHAR(200) NOT NULL DEFAULT '',
    "content" TEXT NOT NULL DEFAULT '',
    "content_markup_type" "MarkupType" NOT NULL DEFAULT 'markdown',
    "_content_rendered" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "downloads_release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "downloads_releasefile" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "os_id" INTEGER NOT NULL,
    "release_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "is_source" BOOLEAN NOT NULL DEFAULT false,
    "url" VARCHAR(200) NOT NULL,
    "gpg_signature_file" VARCHAR(200) NOT NULL DEFAULT '',
    "sigstore_signature_file" VARCHAR(200) NOT NULL DEFAULT '',
    "sigstore_cert_file" VARCHAR(200) NOT NULL DEFAULT '',
    "sigstore_bundle_file" VARCHAR(200) NOT NULL DEFAULT '',
    "sbom_spdx2_file" VARCHAR(200) NOT NULL DEFAULT '',
    "md5_sum" VARCHAR(200) NOT NULL DEFAULT '',
    "sha256_sum" VARCHAR(200) NOT NULL DEFAULT '',
    "filesize" INTEGER NOT NULL DEFAULT 0,
    "download_button" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "downloads_releasefile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "downloads_releasemanagerkey" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "armored_key" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "downloads_releasemanagerkey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "downloads_signaturecheck" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "release_file_id" INTEGER NOT NULL,
    "status" "SignatureStatus" NOT NULL DEFAULT 'pending',
    "checked_at" TIMESTAMPTZ(6),
    "key_fingerprint" VARCHAR(64),
    "detail" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "downloads_signaturecheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "downloads_dailycount" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "release_file_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "downloads_dailycount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events_calendar" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "url" VARCHAR(1000),
    "rss" VARCHAR(1000),
    "embed" VARCHAR(1000),
    "twitter" VARCHAR(1000),
    "name" VARCHAR(100) NOT NULL,
    "slug" VARCHAR(100) NOT NULL,
    "description" VARCHAR(255),

    CONSTRAINT "events_calendar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events_eventcategory" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "calendar_id" INTEGER,

    CONSTRAINT "events_eventcategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events_eventlocation" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "calendar_id" INTEGER,
    "name" VARCHAR(255) NOT NULL,
    "address" VARCHAR(255),
    "url" VARCHAR(1000),

    CONSTRAINT "events_eventlocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events_event" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "uid" VARCHAR(200),
    "title" VARCHAR(200) NOT NULL,
    "calendar_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "description_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_description_rendered" TEXT NOT NULL DEFAULT '',
    "venue_id" INTEGER,
    "featured" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "events_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events_event_categories" (
    "event_id" INTEGER NOT NULL,
    "eventcategory_id" INTEGER NOT NULL,

    CONSTRAINT "events_event_categories_pkey" PRIMARY KEY ("event_id","eventcategory_id")
);

-- CreateTable
CREATE TABLE "events_occurringrule" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "event_id" INTEGER NOT NULL,
    "dt_start" TIMESTAMPTZ(6) NOT NULL,
    "dt_end" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "all_day" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "events_occurringrule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events_recurringrule" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "event_id" INTEGER NOT NULL,
    "begin" TIMESTAMPTZ(6) NOT NULL,
    "finish" TIMESTAMPTZ(6) NOT NULL,
    "duration" VARCHAR(50) NOT NULL DEFAULT '15 min',
    "duration_internal_seconds" INTEGER NOT NULL DEFAULT 900,
    "interval" SMALLINT NOT NULL DEFAULT 1,
    "frequency" SMALLINT NOT NULL DEFAULT 2,
    "all_day" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "events_recurringrule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events_alarm" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "event_id" INTEGER NOT NULL,
    "trigger" SMALLINT NOT NULL DEFAULT 24,

    CONSTRAINT "events_alarm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs_jobtype" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "jobs_jobtype_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs_jobcategory" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "jobs_jobcategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs_job" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "category_id" INTEGER NOT NULL,
    "other_job_type" VARCHAR(100) NOT NULL DEFAULT '',
    "company_name" VARCHAR(100),
    "company_description" TEXT NOT NULL DEFAULT '',
    "company_description_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_company_description_rendered" TEXT NOT NULL DEFAULT '',
    "job_title" VARCHAR(100) NOT NULL,
    "city" VARCHAR(100) NOT NULL,
    "region" VARCHAR(100) NOT NULL DEFAULT '',
    "country" VARCHAR(100) NOT NULL,
    "location_slug" VARCHAR(350) NOT NULL,
    "country_slug" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL,
    "description_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_description_rendered" TEXT NOT NULL DEFAULT '',
    "requirements" TEXT NOT NULL,
    "requirements_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_requirements_rendered" TEXT NOT NULL DEFAULT '',
    "contact" VARCHAR(100),
    "email" VARCHAR(254) NOT NULL,
    "url" VARCHAR(200),
    "submitted_by_id" INTEGER,
    "status" "JobStatus" NOT NULL DEFAULT 'review',
    "expires" TIMESTAMPTZ(6),
    "telecommuting" BOOLEAN NOT NULL DEFAULT false,
    "agencies" BOOLEAN NOT NULL DEFAULT true,
    "is_featured" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "jobs_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs_job_job_types" (
    "job_id" INTEGER NOT NULL,
    "jobtype_id" INTEGER NOT NULL,

    CONSTRAINT "jobs_job_job_types_pkey" PRIMARY KEY ("job_id","jobtype_id")
);

-- CreateTable
CREATE TABLE "jobs_jobreviewcomment" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "job_id" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    "comment_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_comment_rendered" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "jobs_jobreviewcomment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mailing_emailtemplate" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "internal_name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(50) NOT NULL DEFAULT 'generic',
    "subject" VARCHAR(128) NOT NULL,
    "content" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "mailing_emailtemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mailing_emaillog" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "template_id" INTEGER,
    "from_addr" VARCHAR(320) NOT NULL,
    "to_addrs" TEXT[],
    "reply_to" VARCHAR(320),
    "subject" VARCHAR(998) NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "html" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "message_id" VARCHAR(998),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(6),

    CONSTRAINT "mailing_emaillog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "navigation_menuitem" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "tree" VARCHAR(100) NOT NULL DEFAULT 'main',
    "title" VARCHAR(100) NOT NULL,
    "hint" VARCHAR(200),
    "url" VARCHAR(200) NOT NULL,
    "alias" VARCHAR(80),
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "in_menu" BOOLEAN NOT NULL DEFAULT true,
    "in_breadcrumbs" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "parent_id" INTEGER,

    CONSTRAINT "navigation_menuitem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "django_redirect" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "old_path" VARCHAR(200) NOT NULL,
    "new_path" VARCHAR(200) NOT NULL DEFAULT '',
    "permanent" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "django_redirect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nominations_electionkind" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(100) NOT NULL,
    "slug" VARCHAR(255) NOT NULL,
    "accent_color" VARCHAR(18) NOT NULL DEFAULT '#0073b7',
    "nomination_form" "NominationForm" NOT NULL DEFAULT 'board',

    CONSTRAINT "nominations_electionkind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nominations_election" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(100) NOT NULL,
    "slug" VARCHAR(255) NOT NULL,
    "date" DATE NOT NULL,
    "kind_id" INTEGER,
    "nominations_open_at" TIMESTAMPTZ(6),
    "nominations_close_at" TIMESTAMPTZ(6),
    "description" TEXT NOT NULL DEFAULT '',
    "description_markup_type" "MarkupType" NOT NULL DEFAULT 'markdown',
    "_description_rendered" TEXT NOT NULL DEFAULT '',
    "hide_previous_service" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "nominations_election_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nominations_nominee" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "election_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "accepted" BOOLEAN NOT NULL DEFAULT false,
    "approved" BOOLEAN NOT NULL DEFAULT false,
    "slug" VARCHAR(255) NOT NULL DEFAULT '',

    CONSTRAINT "nominations_nominee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nominations_nomination" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "election_id" INTEGER NOT NULL,
    "name" VARCHAR(1024) NOT NULL,
    "email" VARCHAR(1024) NOT NULL,
    "previous_board_service" VARCHAR(1024) NOT NULL DEFAULT '',
    "employer" VARCHAR(1024) NOT NULL DEFAULT '',
    "other_affiliations" VARCHAR(2048) NOT NULL DEFAULT '',
    "nomination_statement" TEXT NOT NULL DEFAULT '',
    "nomination_statement_markup_type" "MarkupType" NOT NULL DEFAULT 'markdown',
    "_nomination_statement_rendered" TEXT NOT NULL DEFAULT '',
    "nominator_id" INTEGER,
    "nominee_id" INTEGER,
    "accepted" BOOLEAN NOT NULL DEFAULT false,
    "approved" BOOLEAN NOT NULL DEFAULT false,
    "coc_acknowledged" BOOLEAN NOT NULL DEFAULT false,
    "mission_alignment" BOOLEAN NOT NULL DEFAULT false,
    "eligibility_confirmed" BOOLEAN NOT NULL DEFAULT false,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "nominations_nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pages_page" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "title" VARCHAR(500) NOT NULL,
    "keywords" VARCHAR(1000) NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "path" VARCHAR(500) NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "content_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_content_rendered" TEXT NOT NULL DEFAULT '',
    "is_published" BOOLEAN NOT NULL DEFAULT true,
    "content_type" VARCHAR(150) NOT NULL DEFAULT 'text/html',
    "template_name" VARCHAR(100) NOT NULL DEFAULT '',

    CONSTRAINT "pages_page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pages_image" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "page_id" INTEGER NOT NULL,
    "image" VARCHAR(400) NOT NULL,

    CONSTRAINT "pages_image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pages_documentfile" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "page_id" INTEGER NOT NULL,
    "document" VARCHAR(400) NOT NULL,

    CONSTRAINT "pages_documentfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorshipcurrentyear" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "legacy_id" INTEGER,
    "year" INTEGER NOT NULL,

    CONSTRAINT "sponsors_sponsorshipcurrentyear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorshipprogram" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "order" INTEGER NOT NULL DEFAULT 0,
    "name" VARCHAR(64) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "sponsors_sponsorshipprogram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorshippackage" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "order" INTEGER NOT NULL DEFAULT 0,
    "name" VARCHAR(64) NOT NULL,
    "sponsorship_amount" INTEGER NOT NULL,
    "advertise" BOOLEAN NOT NULL DEFAULT false,
    "logo_dimension" INTEGER NOT NULL DEFAULT 175,
    "slug" VARCHAR(64) NOT NULL,
    "year" INTEGER,
    "allow_a_la_carte" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "sponsors_sponsorshippackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_legalclause" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "order" INTEGER NOT NULL DEFAULT 0,
    "internal_name" VARCHAR(1024) NOT NULL,
    "clause" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "sponsors_legalclause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorshipbenefit" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "order" INTEGER NOT NULL DEFAULT 0,
    "name" VARCHAR(1024) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "program_id" INTEGER NOT NULL,
    "package_only" BOOLEAN NOT NULL DEFAULT false,
    "new" BOOLEAN NOT NULL DEFAULT false,
    "unavailable" BOOLEAN NOT NULL DEFAULT false,
    "standalone" BOOLEAN NOT NULL DEFAULT false,
    "internal_description" TEXT NOT NULL DEFAULT '',
    "internal_value" INTEGER,
    "capacity" INTEGER,
    "soft_capacity" BOOLEAN NOT NULL DEFAULT false,
    "year" INTEGER,

    CONSTRAINT "sponsors_sponsorshipbenefit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorshipbenefit_packages" (
    "sponsorshipbenefit_id" INTEGER NOT NULL,
    "sponsorshippackage_id" INTEGER NOT NULL,

    CONSTRAINT "sponsors_sponsorshipbenefit_packages_pkey" PRIMARY KEY ("sponsorshipbenefit_id","sponsorshippackage_id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorshipbenefit_legal_clauses" (
    "sponsorshipbenefit_id" INTEGER NOT NULL,
    "legalclause_id" INTEGER NOT NULL,

    CONSTRAINT "sponsors_sponsorshipbenefit_legal_clauses_pkey" PRIMARY KEY ("sponsorshipbenefit_id","legalclause_id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorshipbenefit_conflicts" (
    "from_sponsorshipbenefit_id" INTEGER NOT NULL,
    "to_sponsorshipbenefit_id" INTEGER NOT NULL,

    CONSTRAINT "sponsors_sponsorshipbenefit_conflicts_pkey" PRIMARY KEY ("from_sponsorshipbenefit_id","to_sponsorshipbenefit_id")
);

-- CreateTable
CREATE TABLE "sponsors_benefitfeatureconfiguration" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "kind" "BenefitFeatureKind" NOT NULL,
    "benefit_id" INTEGER NOT NULL,
    "publisher" "LogoPublisher",
    "logo_place" "LogoPlace",
    "link_to_sponsors_page" BOOLEAN NOT NULL DEFAULT false,
    "describe_as_sponsor" BOOLEAN NOT NULL DEFAULT false,
    "package_id" INTEGER,
    "quantity" INTEGER,
    "display_label" VARCHAR(32),
    "related_to" "AssetRelatedTo",
    "internal_name" VARCHAR(128),
    "label" VARCHAR(256),
    "help_text" TEXT,
    "due_date" DATE,
    "min_width" INTEGER,
    "max_width" INTEGER,
    "min_height" INTEGER,
    "max_height" INTEGER,
    "max_length" INTEGER,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "shared_text" TEXT,
    "shared_file" VARCHAR(256),

    CONSTRAINT "sponsors_benefitfeatureconfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsor" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "landing_page_url" VARCHAR(200) NOT NULL DEFAULT '',
    "twitter_handle" VARCHAR(32) NOT NULL DEFAULT '',
    "linked_in_page_url" VARCHAR(200) NOT NULL DEFAULT '',
    "web_logo" VARCHAR(100) NOT NULL DEFAULT '',
    "white_logo" VARCHAR(100) NOT NULL DEFAULT '',
    "print_logo" VARCHAR(100) NOT NULL DEFAULT '',
    "primary_phone" VARCHAR(32) NOT NULL DEFAULT '',
    "mailing_address_line_1" VARCHAR(128) NOT NULL DEFAULT '',
    "mailing_address_line_2" VARCHAR(128) NOT NULL DEFAULT '',
    "city" VARCHAR(64) NOT NULL DEFAULT '',
    "state" VARCHAR(64) NOT NULL DEFAULT '',
    "postal_code" VARCHAR(64) NOT NULL DEFAULT '',
    "country" VARCHAR(2) NOT NULL DEFAULT '',
    "country_of_incorporation" VARCHAR(2) NOT NULL DEFAULT '',
    "state_of_incorporation" VARCHAR(64) NOT NULL DEFAULT '',

    CONSTRAINT "sponsors_sponsor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorcontact" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "sponsor_id" INTEGER NOT NULL,
    "user_id" INTEGER,
    "primary" BOOLEAN NOT NULL DEFAULT false,
    "administrative" BOOLEAN NOT NULL DEFAULT false,
    "accounting" BOOLEAN NOT NULL DEFAULT false,
    "manager" BOOLEAN NOT NULL DEFAULT false,
    "name" VARCHAR(100) NOT NULL,
    "email" VARCHAR(256) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,

    CONSTRAINT "sponsors_sponsorcontact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorship" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "submited_by_id" INTEGER,
    "sponsor_id" INTEGER,
    "status" "SponsorshipStatus" NOT NULL DEFAULT 'applied',
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "start_date" DATE,
    "end_date" DATE,
    "applied_on" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approved_on" DATE,
    "rejected_on" DATE,
    "finalized_on" DATE,
    "year" INTEGER,
    "for_modified_package" BOOLEAN NOT NULL DEFAULT false,
    "level_name" VARCHAR(64) NOT NULL DEFAULT '',
    "package_id" INTEGER,
    "sponsorship_fee" INTEGER,
    "overlapped_by_id" INTEGER,
    "renewal" BOOLEAN,

    CONSTRAINT "sponsors_sponsorship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsorbenefit" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "order" INTEGER NOT NULL DEFAULT 0,
    "sponsorship_id" INTEGER NOT NULL,
    "sponsorship_benefit_id" INTEGER,
    "program_name" VARCHAR(1024) NOT NULL,
    "name" VARCHAR(1024) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "program_id" INTEGER,
    "benefit_internal_value" INTEGER,
    "added_by_user" BOOLEAN NOT NULL DEFAULT false,
    "standalone" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "sponsors_sponsorbenefit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_benefitfeature" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "kind" "BenefitFeatureKind" NOT NULL,
    "sponsor_benefit_id" INTEGER NOT NULL,
    "publisher" "LogoPublisher",
    "logo_place" "LogoPlace",
    "link_to_sponsors_page" BOOLEAN NOT NULL DEFAULT false,
    "describe_as_sponsor" BOOLEAN NOT NULL DEFAULT false,
    "package_id" INTEGER,
    "quantity" INTEGER,
    "display_label" VARCHAR(32),
    "related_to" "AssetRelatedTo",
    "internal_name" VARCHAR(128),
    "label" VARCHAR(256),
    "help_text" TEXT,
    "due_date" DATE,
    "min_width" INTEGER,
    "max_width" INTEGER,
    "min_height" INTEGER,
    "max_height" INTEGER,
    "max_length" INTEGER,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "shared_text" TEXT,
    "shared_file" VARCHAR(256),

    CONSTRAINT "sponsors_benefitfeature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_contract" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "status" "ContractStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "document" VARCHAR(255) NOT NULL DEFAULT '',
    "document_docx" VARCHAR(255) NOT NULL DEFAULT '',
    "signed_document" VARCHAR(255) NOT NULL DEFAULT '',
    "sponsorship_id" INTEGER,
    "sponsor_info" TEXT NOT NULL DEFAULT '',
    "sponsor_contact" TEXT NOT NULL DEFAULT '',
    "benefits_list" TEXT NOT NULL DEFAULT '',
    "legal_clauses" TEXT NOT NULL DEFAULT '',
    "created_on" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_update" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_on" DATE,

    CONSTRAINT "sponsors_contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_genericasset" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "uuid" UUID NOT NULL,
    "type" "AssetType" NOT NULL,
    "internal_name" VARCHAR(128) NOT NULL,
    "sponsor_id" INTEGER,
    "sponsorship_id" INTEGER,
    "image" VARCHAR(255),
    "text" TEXT,
    "file" VARCHAR(255),
    "response" VARCHAR(32),

    CONSTRAINT "sponsors_genericasset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsors_sponsoremailnotificationtemplate" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "internal_name" VARCHAR(128) NOT NULL,
    "subject" VARCHAR(128) NOT NULL,
    "content" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "sponsors_sponsoremailnotificationtemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users_user" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "username" VARCHAR(150) NOT NULL,
    "password" VARCHAR(255),
    "first_name" VARCHAR(150) NOT NULL DEFAULT '',
    "last_name" VARCHAR(150) NOT NULL DEFAULT '',
    "email" VARCHAR(254) NOT NULL DEFAULT '',
    "email_verified" TIMESTAMPTZ(6),
    "is_staff" BOOLEAN NOT NULL DEFAULT false,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "is_superuser" BOOLEAN NOT NULL DEFAULT false,
    "date_joined" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login" TIMESTAMPTZ(6),
    "bio" TEXT NOT NULL DEFAULT '',
    "bio_markup_type" "MarkupType" NOT NULL DEFAULT 'markdown',
    "_bio_rendered" TEXT NOT NULL DEFAULT '',
    "search_visibility" INTEGER NOT NULL DEFAULT 1,
    "email_privacy" INTEGER NOT NULL DEFAULT 2,
    "public_profile" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "users_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_group" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(150) NOT NULL,

    CONSTRAINT "auth_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_permission" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "codename" VARCHAR(100) NOT NULL,
    "name" VARCHAR(255) NOT NULL,

    CONSTRAINT "auth_permission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_group_permissions" (
    "group_id" INTEGER NOT NULL,
    "permission_id" INTEGER NOT NULL,

    CONSTRAINT "auth_group_permissions_pkey" PRIMARY KEY ("group_id","permission_id")
);

-- CreateTable
CREATE TABLE "users_user_groups" (
    "user_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL,

    CONSTRAINT "users_user_groups_pkey" PRIMARY KEY ("user_id","group_id")
);

-- CreateTable
CREATE TABLE "users_user_user_permissions" (
    "user_id" INTEGER NOT NULL,
    "permission_id" INTEGER NOT NULL,

    CONSTRAINT "users_user_user_permissions_pkey" PRIMARY KEY ("user_id","permission_id")
);

-- CreateTable
CREATE TABLE "users_account" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "user_id" INTEGER NOT NULL,
    "type" VARCHAR(50) NOT NULL,
    "provider" VARCHAR(50) NOT NULL,
    "provider_account_id" VARCHAR(255) NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,

    CONSTRAINT "users_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users_token" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "user_id" INTEGER NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "token_hash" VARCHAR(128) NOT NULL,
    "new_email" VARCHAR(254),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "used_at" TIMESTAMPTZ(6),

    CONSTRAINT "users_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users_apikey" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "user_id" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL DEFAULT '',
    "kind" "ApiKeyKind" NOT NULL,
    "key_hash" VARCHAR(128) NOT NULL,
    "prefix" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),

    CONSTRAINT "users_apikey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users_membership" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "membership_type" INTEGER NOT NULL DEFAULT 0,
    "legal_name" VARCHAR(100) NOT NULL DEFAULT '',
    "preferred_name" VARCHAR(100) NOT NULL DEFAULT '',
    "email_address" VARCHAR(100) NOT NULL DEFAULT '',
    "city" VARCHAR(100) NOT NULL DEFAULT '',
    "region" VARCHAR(100) NOT NULL DEFAULT '',
    "country" VARCHAR(100) NOT NULL DEFAULT '',
    "postal_code" VARCHAR(20) NOT NULL DEFAULT '',
    "psf_code_of_conduct" BOOLEAN,
    "psf_announcements" BOOLEAN,
    "votes" BOOLEAN NOT NULL DEFAULT false,
    "last_vote_affirmation" TIMESTAMPTZ(6),
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,

    CONSTRAINT "users_membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users_usergroup" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "name" VARCHAR(255) NOT NULL,
    "location" VARCHAR(255) NOT NULL,
    "url" VARCHAR(255) NOT NULL,
    "url_type" VARCHAR(20) NOT NULL,
    "start_date" DATE,
    "approved" BOOLEAN NOT NULL DEFAULT false,
    "trusted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "users_usergroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" VARCHAR(100) NOT NULL,
    "target_type" VARCHAR(100),
    "target_id" VARCHAR(100),
    "ip" VARCHAR(64),
    "user_agent" VARCHAR(500),
    "detail" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_groups_workgroup" (
    "id" SERIAL NOT NULL,
    "legacy_id" INTEGER,
    "created" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated" TIMESTAMPTZ(6) NOT NULL,
    "creator_id" INTEGER,
    "last_modified_by_id" INTEGER,
    "name" VARCHAR(200) NOT NULL,
    "slug" VARCHAR(200) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "approved" BOOLEAN NOT NULL DEFAULT false,
    "short_description" TEXT NOT NULL DEFAULT '',
    "purpose" TEXT NOT NULL DEFAULT '',
    "purpose_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_purpose_rendered" TEXT NOT NULL DEFAULT '',
    "active_time" TEXT NOT NULL DEFAULT '',
    "active_time_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_active_time_rendered" TEXT NOT NULL DEFAULT '',
    "core_values" TEXT NOT NULL DEFAULT '',
    "core_values_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_core_values_rendered" TEXT NOT NULL DEFAULT '',
    "rules" TEXT NOT NULL DEFAULT '',
    "rules_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_rules_rendered" TEXT NOT NULL DEFAULT '',
    "communication" TEXT NOT NULL DEFAULT '',
    "communication_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_communication_rendered" TEXT NOT NULL DEFAULT '',
    "support" TEXT NOT NULL DEFAULT '',
    "support_markup_type" "MarkupType" NOT NULL DEFAULT 'restructuredtext',
    "_support_rendered" TEXT NOT NULL DEFAULT '',
    "url" VARCHAR(200) NOT NULL DEFAULT '',

    CONSTRAINT "work_groups_workgroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_groups_workgroup_organizers" (
    "workgroup_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,

    CONSTRAINT "work_groups_workgroup_organizers_pkey" PRIMARY KEY ("workgroup_id","user_id")
);

-- CreateTable
CREATE TABLE "work_groups_workgroup_members" (
    "workgroup_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,

    CONSTRAINT "work_groups_workgroup_members_pkey" PRIMARY KEY ("workgroup_id","user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "blogs_feed_legacy_id_key" ON "blogs_feed"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "blogs_feed_feed_url_key" ON "blogs_feed"("feed_url");

-- CreateIndex
CREATE UNIQUE INDEX "blogs_blogentry_legacy_id_key" ON "blogs_blogentry"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "blogs_blogentry_url_key" ON "blogs_blogentry"("url");

-- CreateIndex
CREATE INDEX "blogs_blogentry_pub_date_idx" ON "blogs_blogentry"("pub_date");

-- CreateIndex
CREATE INDEX "blogs_blogentry_feed_id_pub_date_idx" ON "blogs_blogentry"("feed_id", "pub_date");

-- CreateIndex
CREATE UNIQUE INDEX "blogs_feedaggregate_legacy_id_key" ON "blogs_feedaggregate"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "blogs_feedaggregate_slug_key" ON "blogs_feedaggregate"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "blogs_relatedblog_legacy_id_key" ON "blogs_relatedblog"("legacy_id");

-- CreateIndex
CREATE INDEX "blogs_relatedblog_last_entry_published_idx" ON "blogs_relatedblog"("last_entry_published");

-- CreateIndex
CREATE INDEX "blogs_relatedblog_created_idx" ON "blogs_relatedblog"("created");

-- CreateIndex
CREATE UNIQUE INDEX "boxes_box_legacy_id_key" ON "boxes_box"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "boxes_box_label_key" ON "boxes_box"("label");

-- CreateIndex
CREATE INDEX "boxes_box_created_idx" ON "boxes_box"("created");

-- CreateIndex
CREATE UNIQUE INDEX "companies_company_legacy_id_key" ON "companies_company"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "companies_company_slug_key" ON "companies_company"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "successstories_storycategory_legacy_id_key" ON "successstories_storycategory"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "successstories_storycategory_slug_key" ON "successstories_storycategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "successstories_story_legacy_id_key" ON "successstories_story"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "successstories_story_slug_key" ON "successstories_story"("slug");

-- CreateIndex
CREATE INDEX "successstories_story_is_published_featured_idx" ON "successstories_story"("is_published", "featured");

-- CreateIndex
CREATE INDEX "successstories_story_category_id_is_published_idx" ON "successstories_story"("category_id", "is_published");

-- CreateIndex
CREATE INDEX "successstories_story_created_idx" ON "successstories_story"("created");

-- CreateIndex
CREATE UNIQUE INDEX "codesamples_codesample_legacy_id_key" ON "codesamples_codesample"("legacy_id");

-- CreateIndex
CREATE INDEX "codesamples_codesample_is_published_idx" ON "codesamples_codesample"("is_published");

-- CreateIndex
CREATE INDEX "codesamples_codesample_created_idx" ON "codesamples_codesample"("created");

-- CreateIndex
CREATE UNIQUE INDEX "community_post_legacy_id_key" ON "community_post"("legacy_id");

-- CreateIndex
CREATE INDEX "community_post_status_created_idx" ON "community_post"("status", "created");

-- CreateIndex
CREATE INDEX "community_post_created_idx" ON "community_post"("created");

-- CreateIndex
CREATE UNIQUE INDEX "community_link_legacy_id_key" ON "community_link"("legacy_id");

-- CreateIndex
CREATE INDEX "community_link_post_id_idx" ON "community_link"("post_id");

-- CreateIndex
CREATE INDEX "community_link_created_idx" ON "community_link"("created");

-- CreateIndex
CREATE UNIQUE INDEX "community_photo_legacy_id_key" ON "community_photo"("legacy_id");

-- CreateIndex
CREATE INDEX "community_photo_post_id_idx" ON "community_photo"("post_id");

-- CreateIndex
CREATE INDEX "community_photo_created_idx" ON "community_photo"("created");

-- CreateIndex
CREATE UNIQUE INDEX "community_video_legacy_id_key" ON "community_video"("legacy_id");

-- CreateIndex
CREATE INDEX "community_video_post_id_idx" ON "community_video"("post_id");

-- CreateIndex
CREATE INDEX "community_video_created_idx" ON "community_video"("created");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_minutes_legacy_id_key" ON "minutes_minutes"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_minutes_date_key" ON "minutes_minutes"("date");

-- CreateIndex
CREATE INDEX "minutes_minutes_is_published_date_idx" ON "minutes_minutes"("is_published", "date");

-- CreateIndex
CREATE INDEX "minutes_minutes_created_idx" ON "minutes_minutes"("created");

-- CreateIndex
CREATE UNIQUE INDEX "banners_banner_legacy_id_key" ON "banners_banner"("legacy_id");

-- CreateIndex
CREATE INDEX "banners_banner_active_psf_pages_only_idx" ON "banners_banner"("active", "psf_pages_only");

-- CreateIndex
CREATE UNIQUE INDEX "waffle_flag_legacy_id_key" ON "waffle_flag"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "waffle_flag_name_key" ON "waffle_flag"("name");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_os_legacy_id_key" ON "downloads_os"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_os_slug_key" ON "downloads_os"("slug");

-- CreateIndex
CREATE INDEX "downloads_os_created_idx" ON "downloads_os"("created");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_release_legacy_id_key" ON "downloads_release"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_release_slug_key" ON "downloads_release"("slug");

-- CreateIndex
CREATE INDEX "downloads_release_is_published_version_release_date_idx" ON "downloads_release"("is_published", "version", "release_date");

-- CreateIndex
CREATE INDEX "downloads_release_is_published_show_on_download_page_pre_re_idx" ON "downloads_release"("is_published", "show_on_download_page", "pre_release", "release_date");

-- CreateIndex
CREATE INDEX "downloads_release_release_date_idx" ON "downloads_release"("release_date");

-- CreateIndex
CREATE INDEX "downloads_release_created_idx" ON "downloads_release"("created");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_release_one_latest_per_version" ON "downloads_release"("version") WHERE ("is_latest" = true);

-- CreateIndex
CREATE UNIQUE INDEX "downloads_releasefile_legacy_id_key" ON "downloads_releasefile"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_releasefile_slug_key" ON "downloads_releasefile"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_releasefile_url_key" ON "downloads_releasefile"("url");

-- CreateIndex
CREATE INDEX "downloads_releasefile_release_id_os_id_idx" ON "downloads_releasefile"("release_id", "os_id");

-- CreateIndex
CREATE INDEX "downloads_releasefile_created_idx" ON "downloads_releasefile"("created");

-- CreateIndex
CREATE UNIQUE INDEX "only_one_download_per_os_per_release" ON "downloads_releasefile"("os_id", "release_id") WHERE ("download_button" = true);

-- CreateIndex
CREATE UNIQUE INDEX "downloads_releasemanagerkey_legacy_id_key" ON "downloads_releasemanagerkey"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_releasemanagerkey_fingerprint_key" ON "downloads_releasemanagerkey"("fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_signaturecheck_legacy_id_key" ON "downloads_signaturecheck"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_signaturecheck_release_file_id_key" ON "downloads_signaturecheck"("release_file_id");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_dailycount_legacy_id_key" ON "downloads_dailycount"("legacy_id");

-- CreateIndex
CREATE INDEX "downloads_dailycount_day_idx" ON "downloads_dailycount"("day");

-- CreateIndex
CREATE UNIQUE INDEX "downloads_dailycount_release_file_id_day_key" ON "downloads_dailycount"("release_file_id", "day");

-- CreateIndex
CREATE UNIQUE INDEX "events_calendar_legacy_id_key" ON "events_calendar"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_calendar_slug_key" ON "events_calendar"("slug");

-- CreateIndex
CREATE INDEX "events_calendar_created_idx" ON "events_calendar"("created");

-- CreateIndex
CREATE UNIQUE INDEX "events_eventcategory_legacy_id_key" ON "events_eventcategory"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_eventcategory_slug_key" ON "events_eventcategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "events_eventlocation_legacy_id_key" ON "events_eventlocation"("legacy_id");

-- CreateIndex
CREATE INDEX "events_eventlocation_calendar_id_name_idx" ON "events_eventlocation"("calendar_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "events_event_legacy_id_key" ON "events_event"("legacy_id");

-- CreateIndex
CREATE INDEX "events_event_featured_idx" ON "events_event"("featured");

-- CreateIndex
CREATE INDEX "events_event_created_idx" ON "events_event"("created");

-- CreateIndex
CREATE UNIQUE INDEX "events_event_calendar_id_uid_key" ON "events_event"("calendar_id", "uid");

-- CreateIndex
CREATE INDEX "events_event_categories_eventcategory_id_idx" ON "events_event_categories"("eventcategory_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_occurringrule_legacy_id_key" ON "events_occurringrule"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_occurringrule_event_id_key" ON "events_occurringrule"("event_id");

-- CreateIndex
CREATE INDEX "events_occurringrule_dt_start_idx" ON "events_occurringrule"("dt_start");

-- CreateIndex
CREATE INDEX "events_occurringrule_dt_end_idx" ON "events_occurringrule"("dt_end");

-- CreateIndex
CREATE UNIQUE INDEX "events_recurringrule_legacy_id_key" ON "events_recurringrule"("legacy_id");

-- CreateIndex
CREATE INDEX "events_recurringrule_event_id_idx" ON "events_recurringrule"("event_id");

-- CreateIndex
CREATE INDEX "events_recurringrule_finish_idx" ON "events_recurringrule"("finish");

-- CreateIndex
CREATE INDEX "events_recurringrule_begin_idx" ON "events_recurringrule"("begin");

-- CreateIndex
CREATE UNIQUE INDEX "events_alarm_legacy_id_key" ON "events_alarm"("legacy_id");

-- CreateIndex
CREATE INDEX "events_alarm_event_id_idx" ON "events_alarm"("event_id");

-- CreateIndex
CREATE INDEX "events_alarm_created_idx" ON "events_alarm"("created");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_jobtype_legacy_id_key" ON "jobs_jobtype"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_jobtype_slug_key" ON "jobs_jobtype"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_jobcategory_legacy_id_key" ON "jobs_jobcategory"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_jobcategory_slug_key" ON "jobs_jobcategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_job_legacy_id_key" ON "jobs_job"("legacy_id");

-- CreateIndex
CREATE INDEX "jobs_job_status_expires_idx" ON "jobs_job"("status", "expires");

-- CreateIndex
CREATE INDEX "jobs_job_status_created_idx" ON "jobs_job"("status", "created");

-- CreateIndex
CREATE INDEX "jobs_job_country_idx" ON "jobs_job"("country");

-- CreateIndex
CREATE INDEX "jobs_job_location_slug_idx" ON "jobs_job"("location_slug");

-- CreateIndex
CREATE INDEX "jobs_job_is_featured_idx" ON "jobs_job"("is_featured");

-- CreateIndex
CREATE INDEX "jobs_job_submitted_by_id_idx" ON "jobs_job"("submitted_by_id");

-- CreateIndex
CREATE INDEX "jobs_job_created_idx" ON "jobs_job"("created");

-- CreateIndex
CREATE INDEX "jobs_job_job_types_jobtype_id_idx" ON "jobs_job_job_types"("jobtype_id");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_jobreviewcomment_legacy_id_key" ON "jobs_jobreviewcomment"("legacy_id");

-- CreateIndex
CREATE INDEX "jobs_jobreviewcomment_job_id_idx" ON "jobs_jobreviewcomment"("job_id");

-- CreateIndex
CREATE INDEX "jobs_jobreviewcomment_created_idx" ON "jobs_jobreviewcomment"("created");

-- CreateIndex
CREATE UNIQUE INDEX "mailing_emailtemplate_legacy_id_key" ON "mailing_emailtemplate"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "mailing_emailtemplate_internal_name_key" ON "mailing_emailtemplate"("internal_name");

-- CreateIndex
CREATE UNIQUE INDEX "mailing_emaillog_legacy_id_key" ON "mailing_emaillog"("legacy_id");

-- CreateIndex
CREATE INDEX "mailing_emaillog_status_created_at_idx" ON "mailing_emaillog"("status", "created_at");

-- CreateIndex
CREATE INDEX "mailing_emaillog_created_at_idx" ON "mailing_emaillog"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "navigation_menuitem_legacy_id_key" ON "navigation_menuitem"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "navigation_menuitem_alias_key" ON "navigation_menuitem"("alias");

-- CreateIndex
CREATE INDEX "navigation_menuitem_tree_parent_id_sort_order_idx" ON "navigation_menuitem"("tree", "parent_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "django_redirect_legacy_id_key" ON "django_redirect"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "django_redirect_old_path_key" ON "django_redirect"("old_path");

-- CreateIndex
CREATE UNIQUE INDEX "nominations_electionkind_legacy_id_key" ON "nominations_electionkind"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "nominations_electionkind_name_key" ON "nominations_electionkind"("name");

-- CreateIndex
CREATE UNIQUE INDEX "nominations_electionkind_slug_key" ON "nominations_electionkind"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "nominations_election_legacy_id_key" ON "nominations_election"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "nominations_election_slug_key" ON "nominations_election"("slug");

-- CreateIndex
CREATE INDEX "nominations_election_date_idx" ON "nominations_election"("date");

-- CreateIndex
CREATE UNIQUE INDEX "nominations_nominee_legacy_id_key" ON "nominations_nominee"("legacy_id");

-- CreateIndex
CREATE INDEX "nominations_nominee_election_id_accepted_approved_idx" ON "nominations_nominee"("election_id", "accepted", "approved");

-- CreateIndex
CREATE UNIQUE INDEX "nominations_nominee_user_id_election_id_key" ON "nominations_nominee"("user_id", "election_id");

-- CreateIndex
CREATE UNIQUE INDEX "nominations_nomination_legacy_id_key" ON "nominations_nomination"("legacy_id");

-- CreateIndex
CREATE INDEX "nominations_nomination_election_id_idx" ON "nominations_nomination"("election_id");

-- CreateIndex
CREATE INDEX "nominations_nomination_nominee_id_idx" ON "nominations_nomination"("nominee_id");

-- CreateIndex
CREATE INDEX "nominations_nomination_nominator_id_idx" ON "nominations_nomination"("nominator_id");

-- CreateIndex
CREATE UNIQUE INDEX "pages_page_legacy_id_key" ON "pages_page"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "pages_page_path_key" ON "pages_page"("path");

-- CreateIndex
CREATE INDEX "pages_page_is_published_idx" ON "pages_page"("is_published");

-- CreateIndex
CREATE INDEX "pages_page_created_idx" ON "pages_page"("created");

-- CreateIndex
CREATE UNIQUE INDEX "pages_image_legacy_id_key" ON "pages_image"("legacy_id");

-- CreateIndex
CREATE INDEX "pages_image_page_id_idx" ON "pages_image"("page_id");

-- CreateIndex
CREATE UNIQUE INDEX "pages_documentfile_legacy_id_key" ON "pages_documentfile"("legacy_id");

-- CreateIndex
CREATE INDEX "pages_documentfile_page_id_idx" ON "pages_documentfile"("page_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsorshipcurrentyear_legacy_id_key" ON "sponsors_sponsorshipcurrentyear"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsorshipprogram_legacy_id_key" ON "sponsors_sponsorshipprogram"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsorshippackage_legacy_id_key" ON "sponsors_sponsorshippackage"("legacy_id");

-- CreateIndex
CREATE INDEX "sponsors_sponsorshippackage_year_order_idx" ON "sponsors_sponsorshippackage"("year", "order");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsorshippackage_slug_year_key" ON "sponsors_sponsorshippackage"("slug", "year");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_legalclause_legacy_id_key" ON "sponsors_legalclause"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsorshipbenefit_legacy_id_key" ON "sponsors_sponsorshipbenefit"("legacy_id");

-- CreateIndex
CREATE INDEX "sponsors_sponsorshipbenefit_year_order_idx" ON "sponsors_sponsorshipbenefit"("year", "order");

-- CreateIndex
CREATE INDEX "sponsors_sponsorshipbenefit_packages_sponsorshippackage_id_idx" ON "sponsors_sponsorshipbenefit_packages"("sponsorshippackage_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_benefitfeatureconfiguration_legacy_id_key" ON "sponsors_benefitfeatureconfiguration"("legacy_id");

-- CreateIndex
CREATE INDEX "sponsors_benefitfeatureconfiguration_benefit_id_idx" ON "sponsors_benefitfeatureconfiguration"("benefit_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_benefitfeatureconfiguration_kind_internal_name_key" ON "sponsors_benefitfeatureconfiguration"("kind", "internal_name");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsor_legacy_id_key" ON "sponsors_sponsor"("legacy_id");

-- CreateIndex
CREATE INDEX "sponsors_sponsor_name_idx" ON "sponsors_sponsor"("name");

-- CreateIndex
CREATE INDEX "sponsors_sponsor_created_idx" ON "sponsors_sponsor"("created");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsorcontact_legacy_id_key" ON "sponsors_sponsorcontact"("legacy_id");

-- CreateIndex
CREATE INDEX "sponsors_sponsorcontact_sponsor_id_idx" ON "sponsors_sponsorcontact"("sponsor_id");

-- CreateIndex
CREATE INDEX "sponsors_sponsorcontact_user_id_idx" ON "sponsors_sponsorcontact"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsorship_legacy_id_key" ON "sponsors_sponsorship"("legacy_id");

-- CreateIndex
CREATE INDEX "sponsors_sponsorship_status_start_date_end_date_idx" ON "sponsors_sponsorship"("status", "start_date", "end_date");

-- CreateIndex
CREATE INDEX "sponsors_sponsorship_sponsor_id_status_idx" ON "sponsors_sponsorship"("sponsor_id", "status");

-- CreateIndex
CREATE INDEX "sponsors_sponsorship_submited_by_id_idx" ON "sponsors_sponsorship"("submited_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsorbenefit_legacy_id_key" ON "sponsors_sponsorbenefit"("legacy_id");

-- CreateIndex
CREATE INDEX "sponsors_sponsorbenefit_sponsorship_id_order_idx" ON "sponsors_sponsorbenefit"("sponsorship_id", "order");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_benefitfeature_legacy_id_key" ON "sponsors_benefitfeature"("legacy_id");

-- CreateIndex
CREATE INDEX "sponsors_benefitfeature_sponsor_benefit_id_idx" ON "sponsors_benefitfeature"("sponsor_benefit_id");

-- CreateIndex
CREATE INDEX "sponsors_benefitfeature_kind_logo_place_publisher_idx" ON "sponsors_benefitfeature"("kind", "logo_place", "publisher");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_contract_legacy_id_key" ON "sponsors_contract"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_contract_sponsorship_id_key" ON "sponsors_contract"("sponsorship_id");

-- CreateIndex
CREATE INDEX "sponsors_contract_status_idx" ON "sponsors_contract"("status");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_genericasset_legacy_id_key" ON "sponsors_genericasset"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_genericasset_uuid_key" ON "sponsors_genericasset"("uuid");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_genericasset_sponsor_id_internal_name_key" ON "sponsors_genericasset"("sponsor_id", "internal_name");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_genericasset_sponsorship_id_internal_name_key" ON "sponsors_genericasset"("sponsorship_id", "internal_name");

-- CreateIndex
CREATE UNIQUE INDEX "sponsors_sponsoremailnotificationtemplate_legacy_id_key" ON "sponsors_sponsoremailnotificationtemplate"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_user_legacy_id_key" ON "users_user"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_user_username_key" ON "users_user"("username");

-- CreateIndex
CREATE INDEX "users_user_is_active_public_profile_search_visibility_idx" ON "users_user"("is_active", "public_profile", "search_visibility");

-- CreateIndex
CREATE UNIQUE INDEX "auth_group_legacy_id_key" ON "auth_group"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "auth_group_name_key" ON "auth_group"("name");

-- CreateIndex
CREATE UNIQUE INDEX "auth_permission_legacy_id_key" ON "auth_permission"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "auth_permission_codename_key" ON "auth_permission"("codename");

-- CreateIndex
CREATE INDEX "users_user_groups_group_id_idx" ON "users_user_groups"("group_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_account_legacy_id_key" ON "users_account"("legacy_id");

-- CreateIndex
CREATE INDEX "users_account_user_id_idx" ON "users_account"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_account_provider_provider_account_id_key" ON "users_account"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_token_legacy_id_key" ON "users_token"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_token_token_hash_key" ON "users_token"("token_hash");

-- CreateIndex
CREATE INDEX "users_token_user_id_purpose_idx" ON "users_token"("user_id", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "users_apikey_legacy_id_key" ON "users_apikey"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_apikey_key_hash_key" ON "users_apikey"("key_hash");

-- CreateIndex
CREATE INDEX "users_apikey_user_id_idx" ON "users_apikey"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_membership_legacy_id_key" ON "users_membership"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_membership_creator_id_key" ON "users_membership"("creator_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_usergroup_legacy_id_key" ON "users_usergroup"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "audit_log_legacy_id_key" ON "audit_log"("legacy_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_action_at_idx" ON "audit_log"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "work_groups_workgroup_legacy_id_key" ON "work_groups_workgroup"("legacy_id");

-- CreateIndex
CREATE UNIQUE INDEX "work_groups_workgroup_slug_key" ON "work_groups_workgroup"("slug");

-- CreateIndex
CREATE INDEX "work_groups_workgroup_created_idx" ON "work_groups_workgroup"("created");

-- AddForeignKey
ALTER TABLE "blogs_blogentry" ADD CONSTRAINT "blogs_blogentry_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "blogs_feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blogs_feedaggregate_feeds" ADD CONSTRAINT "blogs_feedaggregate_feeds_feedaggregate_id_fkey" FOREIGN KEY ("feedaggregate_id") REFERENCES "blogs_feedaggregate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blogs_feedaggregate_feeds" ADD CONSTRAINT "blogs_feedaggregate_feeds_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "blogs_feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blogs_relatedblog" ADD CONSTRAINT "blogs_relatedblog_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blogs_relatedblog" ADD CONSTRAINT "blogs_relatedblog_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "boxes_box" ADD CONSTRAINT "boxes_box_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "boxes_box" ADD CONSTRAINT "boxes_box_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "successstories_story" ADD CONSTRAINT "successstories_story_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "successstories_story" ADD CONSTRAINT "successstories_story_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "successstories_story" ADD CONSTRAINT "successstories_story_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies_company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "successstories_story" ADD CONSTRAINT "successstories_story_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "successstories_storycategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "successstories_story" ADD CONSTRAINT "successstories_story_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codesamples_codesample" ADD CONSTRAINT "codesamples_codesample_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codesamples_codesample" ADD CONSTRAINT "codesamples_codesample_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_post" ADD CONSTRAINT "community_post_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_post" ADD CONSTRAINT "community_post_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_link" ADD CONSTRAINT "community_link_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_link" ADD CONSTRAINT "community_link_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_link" ADD CONSTRAINT "community_link_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "community_post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_photo" ADD CONSTRAINT "community_photo_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_photo" ADD CONSTRAINT "community_photo_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_photo" ADD CONSTRAINT "community_photo_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "community_post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_video" ADD CONSTRAINT "community_video_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_video" ADD CONSTRAINT "community_video_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community_video" ADD CONSTRAINT "community_video_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "community_post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_minutes" ADD CONSTRAINT "minutes_minutes_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_minutes" ADD CONSTRAINT "minutes_minutes_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_os" ADD CONSTRAINT "downloads_os_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_os" ADD CONSTRAINT "downloads_os_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_release" ADD CONSTRAINT "downloads_release_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_release" ADD CONSTRAINT "downloads_release_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_release" ADD CONSTRAINT "downloads_release_release_page_id_fkey" FOREIGN KEY ("release_page_id") REFERENCES "pages_page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_releasefile" ADD CONSTRAINT "downloads_releasefile_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_releasefile" ADD CONSTRAINT "downloads_releasefile_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_releasefile" ADD CONSTRAINT "downloads_releasefile_os_id_fkey" FOREIGN KEY ("os_id") REFERENCES "downloads_os"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_releasefile" ADD CONSTRAINT "downloads_releasefile_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "downloads_release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_signaturecheck" ADD CONSTRAINT "downloads_signaturecheck_release_file_id_fkey" FOREIGN KEY ("release_file_id") REFERENCES "downloads_releasefile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "downloads_dailycount" ADD CONSTRAINT "downloads_dailycount_release_file_id_fkey" FOREIGN KEY ("release_file_id") REFERENCES "downloads_releasefile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_calendar" ADD CONSTRAINT "events_calendar_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_calendar" ADD CONSTRAINT "events_calendar_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_eventcategory" ADD CONSTRAINT "events_eventcategory_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "events_calendar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_eventlocation" ADD CONSTRAINT "events_eventlocation_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "events_calendar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_event" ADD CONSTRAINT "events_event_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_event" ADD CONSTRAINT "events_event_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_event" ADD CONSTRAINT "events_event_calendar_id_fkey" FOREIGN KEY ("calendar_id") REFERENCES "events_calendar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_event" ADD CONSTRAINT "events_event_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "events_eventlocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_event_categories" ADD CONSTRAINT "events_event_categories_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_event_categories" ADD CONSTRAINT "events_event_categories_eventcategory_id_fkey" FOREIGN KEY ("eventcategory_id") REFERENCES "events_eventcategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_occurringrule" ADD CONSTRAINT "events_occurringrule_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_recurringrule" ADD CONSTRAINT "events_recurringrule_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_alarm" ADD CONSTRAINT "events_alarm_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_alarm" ADD CONSTRAINT "events_alarm_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events_alarm" ADD CONSTRAINT "events_alarm_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_job" ADD CONSTRAINT "jobs_job_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_job" ADD CONSTRAINT "jobs_job_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_job" ADD CONSTRAINT "jobs_job_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "jobs_jobcategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_job" ADD CONSTRAINT "jobs_job_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_job_job_types" ADD CONSTRAINT "jobs_job_job_types_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_job_job_types" ADD CONSTRAINT "jobs_job_job_types_jobtype_id_fkey" FOREIGN KEY ("jobtype_id") REFERENCES "jobs_jobtype"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_jobreviewcomment" ADD CONSTRAINT "jobs_jobreviewcomment_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_jobreviewcomment" ADD CONSTRAINT "jobs_jobreviewcomment_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jobs_jobreviewcomment" ADD CONSTRAINT "jobs_jobreviewcomment_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mailing_emaillog" ADD CONSTRAINT "mailing_emaillog_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "mailing_emailtemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "navigation_menuitem" ADD CONSTRAINT "navigation_menuitem_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "navigation_menuitem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations_election" ADD CONSTRAINT "nominations_election_kind_id_fkey" FOREIGN KEY ("kind_id") REFERENCES "nominations_electionkind"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations_nominee" ADD CONSTRAINT "nominations_nominee_election_id_fkey" FOREIGN KEY ("election_id") REFERENCES "nominations_election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations_nominee" ADD CONSTRAINT "nominations_nominee_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations_nomination" ADD CONSTRAINT "nominations_nomination_election_id_fkey" FOREIGN KEY ("election_id") REFERENCES "nominations_election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations_nomination" ADD CONSTRAINT "nominations_nomination_nominator_id_fkey" FOREIGN KEY ("nominator_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations_nomination" ADD CONSTRAINT "nominations_nomination_nominee_id_fkey" FOREIGN KEY ("nominee_id") REFERENCES "nominations_nominee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pages_page" ADD CONSTRAINT "pages_page_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pages_page" ADD CONSTRAINT "pages_page_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pages_image" ADD CONSTRAINT "pages_image_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "pages_page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pages_documentfile" ADD CONSTRAINT "pages_documentfile_page_id_fkey" FOREIGN KEY ("page_id") REFERENCES "pages_page"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorshipbenefit" ADD CONSTRAINT "sponsors_sponsorshipbenefit_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "sponsors_sponsorshipprogram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorshipbenefit_packages" ADD CONSTRAINT "sponsors_sponsorshipbenefit_packages_sponsorshipbenefit_id_fkey" FOREIGN KEY ("sponsorshipbenefit_id") REFERENCES "sponsors_sponsorshipbenefit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorshipbenefit_packages" ADD CONSTRAINT "sponsors_sponsorshipbenefit_packages_sponsorshippackage_id_fkey" FOREIGN KEY ("sponsorshippackage_id") REFERENCES "sponsors_sponsorshippackage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorshipbenefit_legal_clauses" ADD CONSTRAINT "sponsors_sponsorshipbenefit_legal_clauses_sponsorshipbenef_fkey" FOREIGN KEY ("sponsorshipbenefit_id") REFERENCES "sponsors_sponsorshipbenefit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorshipbenefit_legal_clauses" ADD CONSTRAINT "sponsors_sponsorshipbenefit_legal_clauses_legalclause_id_fkey" FOREIGN KEY ("legalclause_id") REFERENCES "sponsors_legalclause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorshipbenefit_conflicts" ADD CONSTRAINT "sponsors_sponsorshipbenefit_conflicts_from_sponsorshipbene_fkey" FOREIGN KEY ("from_sponsorshipbenefit_id") REFERENCES "sponsors_sponsorshipbenefit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorshipbenefit_conflicts" ADD CONSTRAINT "sponsors_sponsorshipbenefit_conflicts_to_sponsorshipbenefi_fkey" FOREIGN KEY ("to_sponsorshipbenefit_id") REFERENCES "sponsors_sponsorshipbenefit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_benefitfeatureconfiguration" ADD CONSTRAINT "sponsors_benefitfeatureconfiguration_benefit_id_fkey" FOREIGN KEY ("benefit_id") REFERENCES "sponsors_sponsorshipbenefit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_benefitfeatureconfiguration" ADD CONSTRAINT "sponsors_benefitfeatureconfiguration_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "sponsors_sponsorshippackage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsor" ADD CONSTRAINT "sponsors_sponsor_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsor" ADD CONSTRAINT "sponsors_sponsor_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorcontact" ADD CONSTRAINT "sponsors_sponsorcontact_sponsor_id_fkey" FOREIGN KEY ("sponsor_id") REFERENCES "sponsors_sponsor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorcontact" ADD CONSTRAINT "sponsors_sponsorcontact_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorship" ADD CONSTRAINT "sponsors_sponsorship_submited_by_id_fkey" FOREIGN KEY ("submited_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorship" ADD CONSTRAINT "sponsors_sponsorship_sponsor_id_fkey" FOREIGN KEY ("sponsor_id") REFERENCES "sponsors_sponsor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorship" ADD CONSTRAINT "sponsors_sponsorship_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "sponsors_sponsorshippackage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorship" ADD CONSTRAINT "sponsors_sponsorship_overlapped_by_id_fkey" FOREIGN KEY ("overlapped_by_id") REFERENCES "sponsors_sponsorship"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorbenefit" ADD CONSTRAINT "sponsors_sponsorbenefit_sponsorship_id_fkey" FOREIGN KEY ("sponsorship_id") REFERENCES "sponsors_sponsorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorbenefit" ADD CONSTRAINT "sponsors_sponsorbenefit_sponsorship_benefit_id_fkey" FOREIGN KEY ("sponsorship_benefit_id") REFERENCES "sponsors_sponsorshipbenefit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_sponsorbenefit" ADD CONSTRAINT "sponsors_sponsorbenefit_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "sponsors_sponsorshipprogram"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_benefitfeature" ADD CONSTRAINT "sponsors_benefitfeature_sponsor_benefit_id_fkey" FOREIGN KEY ("sponsor_benefit_id") REFERENCES "sponsors_sponsorbenefit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_contract" ADD CONSTRAINT "sponsors_contract_sponsorship_id_fkey" FOREIGN KEY ("sponsorship_id") REFERENCES "sponsors_sponsorship"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_genericasset" ADD CONSTRAINT "sponsors_genericasset_sponsor_id_fkey" FOREIGN KEY ("sponsor_id") REFERENCES "sponsors_sponsor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsors_genericasset" ADD CONSTRAINT "sponsors_genericasset_sponsorship_id_fkey" FOREIGN KEY ("sponsorship_id") REFERENCES "sponsors_sponsorship"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_group_permissions" ADD CONSTRAINT "auth_group_permissions_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "auth_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_group_permissions" ADD CONSTRAINT "auth_group_permissions_permission_id_fkey" FOREIGN KEY ("permission_id") REFERENCES "auth_permission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users_user_groups" ADD CONSTRAINT "users_user_groups_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users_user_groups" ADD CONSTRAINT "users_user_groups_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "auth_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users_user_user_permissions" ADD CONSTRAINT "users_user_user_permissions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users_user_user_permissions" ADD CONSTRAINT "users_user_user_permissions_permission_id_fkey" FOREIGN KEY ("permission_id") REFERENCES "auth_permission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users_account" ADD CONSTRAINT "users_account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users_token" ADD CONSTRAINT "users_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users_apikey" ADD CONSTRAINT "users_apikey_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users_membership" ADD CONSTRAINT "users_membership_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_groups_workgroup" ADD CONSTRAINT "work_groups_workgroup_creator_id_fkey" FOREIGN KEY ("creator_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_groups_workgroup" ADD CONSTRAINT "work_groups_workgroup_last_modified_by_id_fkey" FOREIGN KEY ("last_modified_by_id") REFERENCES "users_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_groups_workgroup_organizers" ADD CONSTRAINT "work_groups_workgroup_organizers_workgroup_id_fkey" FOREIGN KEY ("workgroup_id") REFERENCES "work_groups_workgroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_groups_workgroup_organizers" ADD CONSTRAINT "work_groups_workgroup_organizers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_groups_workgroup_members" ADD CONSTRAINT "work_groups_workgroup_members_workgroup_id_fkey" FOREIGN KEY ("workgroup_id") REFERENCES "work_groups_workgroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_groups_workgroup_members" ADD CONSTRAINT "work_groups_workgroup_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Constraints Prisma's schema language cannot express (written by hand, see docs/architecture.md).

-- apps/downloads/models.py only_python_dot_org_urls: every URL field is blank or on python.org.
ALTER TABLE "downloads_releasefile" ADD CONSTRAINT "only_python_dot_org_urls" CHECK (
  ("url" = '' OR "url" LIKE 'https://www.python.org/%' OR "url" LIKE 'http://www.python.org/%')
  AND ("gpg_signature_file" = '' OR "gpg_signature_file" LIKE 'https://www.python.org/%' OR "gpg_signature_file" LIKE 'http://www.python.org/%')
  AND ("sigstore_signature_file" = '' OR "sigstore_signature_file" LIKE 'https://www.python.org/%' OR "sigstore_signature_file" LIKE 'http://www.python.org/%')
  AND ("sigstore_cert_file" = '' OR "sigstore_cert_file" LIKE 'https://www.python.org/%' OR "sigstore_cert_file" LIKE 'http://www.python.org/%')
  AND ("sigstore_bundle_file" = '' OR "sigstore_bundle_file" LIKE 'https://www.python.org/%' OR "sigstore_bundle_file" LIKE 'http://www.python.org/%')
  AND ("sbom_spdx2_file" = '' OR "sbom_spdx2_file" LIKE 'https://www.python.org/%' OR "sbom_spdx2_file" LIKE 'http://www.python.org/%')
);
ALTER TABLE "downloads_releasefile" ADD CONSTRAINT "downloads_releasefile_filesize_nonnegative" CHECK ("filesize" >= 0);
ALTER TABLE "downloads_release" ADD CONSTRAINT "downloads_release_version_choice" CHECK ("version" IN (1, 2, 3, 100));

-- Integer choice fields keep Django's values.
ALTER TABLE "users_user" ADD CONSTRAINT "users_user_search_visibility_choice" CHECK ("search_visibility" IN (0, 1));
ALTER TABLE "users_user" ADD CONSTRAINT "users_user_email_privacy_choice" CHECK ("email_privacy" IN (0, 1, 2));
ALTER TABLE "users_membership" ADD CONSTRAINT "users_membership_type_choice" CHECK ("membership_type" IN (0, 1, 2, 4, 5));
ALTER TABLE "community_post" ADD CONSTRAINT "community_post_media_type_choice" CHECK ("media_type" BETWEEN 1 AND 4);
ALTER TABLE "community_post" ADD CONSTRAINT "community_post_status_choice" CHECK ("status" IN (1, 2));
ALTER TABLE "events_recurringrule" ADD CONSTRAINT "events_recurringrule_frequency_choice" CHECK ("frequency" BETWEEN 0 AND 3);
ALTER TABLE "events_recurringrule" ADD CONSTRAINT "events_recurringrule_interval_positive" CHECK ("interval" >= 1);
ALTER TABLE "events_recurringrule" ADD CONSTRAINT "events_recurringrule_duration_nonnegative" CHECK ("duration_internal_seconds" >= 0);

-- apps/sponsors: configuration years are 2022-2050 and the current-year table is a singleton.
ALTER TABLE "sponsors_sponsorshipcurrentyear" ADD CONSTRAINT "sponsors_currentyear_singleton" CHECK ("id" = 1);
ALTER TABLE "sponsors_sponsorshipcurrentyear" ADD CONSTRAINT "sponsors_currentyear_year_range" CHECK ("year" BETWEEN 2022 AND 2050);
ALTER TABLE "sponsors_sponsorshippackage" ADD CONSTRAINT "sponsors_package_year_range" CHECK ("year" IS NULL OR "year" BETWEEN 2022 AND 2050);
ALTER TABLE "sponsors_sponsorshipbenefit" ADD CONSTRAINT "sponsors_benefit_year_range" CHECK ("year" IS NULL OR "year" BETWEEN 2022 AND 2050);
ALTER TABLE "sponsors_sponsorship" ADD CONSTRAINT "sponsors_sponsorship_year_range" CHECK ("year" IS NULL OR "year" BETWEEN 2022 AND 2050);
ALTER TABLE "sponsors_sponsorship" ADD CONSTRAINT "sponsors_sponsorship_dates_ordered" CHECK ("start_date" IS NULL OR "end_date" IS NULL OR "start_date" < "end_date");
ALTER TABLE "sponsors_sponsorshippackage" ADD CONSTRAINT "sponsors_package_amount_nonnegative" CHECK ("sponsorship_amount" >= 0);
-- GenericAsset belongs to exactly one sponsor or sponsorship.
ALTER TABLE "sponsors_genericasset" ADD CONSTRAINT "sponsors_genericasset_one_owner" CHECK (("sponsor_id" IS NULL) <> ("sponsorship_id" IS NULL));

-- Usernames and emails are unique regardless of case (apps/users: case-insensitive lookup).
CREATE UNIQUE INDEX "users_user_username_lower" ON "users_user" (lower("username"));
CREATE UNIQUE INDEX "users_user_email_lower" ON "users_user" (lower("email")) WHERE "email" <> '';
