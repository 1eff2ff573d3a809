/**
 * A community post as the admin takes it (apps/community/models.py Post with its first Link,
 * Photo or Video): the media URL goes to the row of the post's media type.
 */
import { z } from "zod";

const url = (max: number) =>
  z.union([
    z.literal(""),
    z.string().max(max, `Use at most ${max} characters.`).regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, "Enter an http(s) URL."),
  ]);

export const postInputSchema = z.object({
  title: z.string().trim().max(200, "Use at most 200 characters.").transform((v) => v || null),
  abstract: z.string().trim().max(5000, "Use at most 5000 characters.").transform((v) => v || null),
  content: z.string().max(100_000, "Use at most 100000 characters."),
  mediaType: z.coerce.number().int().min(1, "Choose a media type.").max(4, "Choose a media type."),
  status: z.coerce.number().int().min(1, "Choose who sees the post.").max(2, "Choose who sees the post."),
  sourceUrl: url(1000),
  mediaUrl: url(1000),
  caption: z.string().trim().max(1000, "Use at most 1000 characters."),
  clickThroughUrl: url(200),
});

export type PostInput = z.output<typeof postInputSchema>;
