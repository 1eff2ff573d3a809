/**
 * apps/blogs: feeds, their entries, the aggregates that group feeds, and the related blogs.
 * Feeds and entries are adopted by URL (update_blogs may have fetched them before the import).
 */
import type { Mapping } from "../types";
import { contentManageable, date, fk, legacyPk, many, required, requiredDate, str } from "./common";

const feed: Mapping = {
  model: "blogs.feed",
  table: "feed",
  adopt: (d) => ({ feedUrl: d.feedUrl }),
  map(row) {
    const f = row.fields;
    required(f, "name", "feed_url");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        name: str(f.name),
        websiteUrl: str(f.website_url),
        feedUrl: str(f.feed_url),
        lastImport: date(f.last_import),
      },
    };
  },
};

const entry: Mapping = {
  model: "blogs.blogentry",
  table: "blogEntry",
  dependsOn: ["blogs.feed"],
  adopt: (d) => ({ url: d.url }),
  map(row, ctx) {
    const f = row.fields;
    required(f, "title", "url");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        title: str(f.title),
        summary: str(f.summary),
        pubDate: requiredDate(f.pub_date, "pub_date"),
        url: str(f.url),
        feedId: fk(ctx, "blogs.feed", f.feed, "feed"),
      },
    };
  },
};

const aggregate: Mapping = {
  model: "blogs.feedaggregate",
  table: "feedAggregate",
  dependsOn: ["blogs.feed"],
  adopt: (d) => ({ slug: d.slug }),
  links: { feeds: { table: "feedAggregateFeed", own: "feedAggregateId", other: "feedId" } },
  map(row, ctx) {
    const f = row.fields;
    required(f, "name", "slug");
    return {
      data: { legacyId: legacyPk(row.pk), name: str(f.name), slug: str(f.slug), description: str(f.description) },
      links: { feeds: many(ctx, "blogs.feed", f.feeds, "feeds") },
    };
  },
};

const relatedBlog: Mapping = {
  model: "blogs.relatedblog",
  table: "relatedBlog",
  dependsOn: ["users.user"],
  map(row, ctx) {
    const f = row.fields;
    required(f, "name", "feed_url", "blog_url");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        name: str(f.name),
        feedUrl: str(f.feed_url),
        blogUrl: str(f.blog_url),
        blogName: str(f.blog_name),
        lastEntryPublished: date(f.last_entry_published),
        lastEntryTitle: str(f.last_entry_title),
      },
    };
  },
};

export const blogsMappings: Mapping[] = [feed, entry, aggregate, relatedBlog];
