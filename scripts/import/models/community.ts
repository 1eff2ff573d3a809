/** apps/community: posts and the links, photos and videos attached to them (files via --media). */
import { MediaCopier } from "../media";
import type { Mapping } from "../types";
import { contentManageable, fkOrNull, int, legacyPk, markupField, markupSpec, MapError, str, strOrNull } from "./common";

const post: Mapping = {
  model: "community.post",
  table: "communityPost",
  dependsOn: ["users.user"],
  markup: [markupSpec("content")],
  map(row, ctx) {
    const f = row.fields;
    const mediaType = int(f.media_type, 1);
    if (![1, 2, 3, 4].includes(mediaType)) throw new MapError(`media_type ${mediaType} is not 1, 2, 3 or 4`);
    const status = int(f.status, 1);
    if (![1, 2].includes(status)) throw new MapError(`status ${status} is not 1 or 2`);
    const meta = f.meta ?? {};
    if (typeof meta !== "object" || Array.isArray(meta)) throw new MapError("meta is not a JSON object");
    return {
      data: {
        legacyId: legacyPk(row.pk),
        ...contentManageable(f, ctx),
        title: strOrNull(f.title),
        ...markupField(f, "content", "content", "html"),
        abstract: strOrNull(f.abstract),
        mediaType,
        sourceUrl: str(f.source_url),
        meta,
        status,
      },
    };
  },
};

/** A model attached to a post (`related_<name>` in Django), with its own fields. */
const attachment = (
  name: string,
  table: string,
  fields: (f: Record<string, unknown>) => Record<string, unknown>,
  media: string[] = [],
): Mapping => ({
  model: `community.${name}`,
  table,
  dependsOn: ["users.user", "community.post"],
  media,
  map: (row, ctx) => ({
    data: {
      legacyId: legacyPk(row.pk),
      ...contentManageable(row.fields, ctx),
      postId: fkOrNull(ctx, "community.post", row.fields.post),
      ...fields(row.fields),
    },
  }),
});

export const communityMappings: Mapping[] = [
  post,
  attachment("link", "communityLink", (f) => ({ url: str(f.url) })),
  attachment(
    "photo",
    "communityPhoto",
    (f) => ({
      image: MediaCopier.keyOf(f.image),
      imageUrl: strOrNull(f.image_url),
      caption: str(f.caption),
      clickThroughUrl: str(f.click_through_url),
    }),
    ["image"],
  ),
  attachment(
    "video",
    "communityVideo",
    (f) => ({
      videoEmbed: str(f.video_embed),
      videoData: MediaCopier.keyOf(f.video_data),
      caption: str(f.caption),
      clickThroughUrl: str(f.click_through_url),
    }),
    ["videoData"],
  ),
];
