import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { Markup } from "@/components/ui/markup";
import { COMMUNITY_PATH, MEDIA_TYPES } from "@/lib/community/constants";
import type { PostDetail } from "@/lib/community/types";

const safeHref = (url: string) => (/^https?:\/\//i.test(url) || url.startsWith("/") ? url : null);

function Photos({ post }: { post: PostDetail }) {
  return post.photos.map((p, i) =>
    p.url ? (
      <figure key={i} className="space-y-1">
        {/* A stored upload or an outside image of any size: next/image would need its dimensions. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={p.url} alt={p.caption || "Community photo"} className="max-h-[32rem] rounded" />
        {(p.caption || p.clickThroughUrl) && (
          <figcaption className="text-sm">
            {safeHref(p.clickThroughUrl) ? (
              <a className="link" href={safeHref(p.clickThroughUrl)!}>
                {p.caption || "See the original"}
              </a>
            ) : (
              p.caption
            )}
          </figcaption>
        )}
      </figure>
    ) : null,
  );
}

function Videos({ post }: { post: PostDetail }) {
  // community/types/video.html embeds the player; we link to it instead (no third-party frames).
  return (
    <ul className="list-disc space-y-1 ps-5">
      {post.videos.map((v, i) => {
        const href = safeHref(v.clickThroughUrl) ?? safeHref(v.url);
        return (
          <li key={i}>
            {href ? (
              <a className="link" href={href}>
                {v.caption || "Watch the video"}
              </a>
            ) : (
              v.caption
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Links({ post }: { post: PostDetail }) {
  const urls = [...post.links.map((l) => l.url), post.sourceUrl].filter((u, i, all) => safeHref(u) && all.indexOf(u) === i);
  return (
    <ul className="list-disc space-y-1 ps-5">
      {urls.map((u) => (
        <li key={u}>
          <a className="link break-all" href={u}>
            {u}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** PostDetail through render_template_for: community/types/<media type>.html, text as the default. */
export function PostView({ post }: { post: PostDetail }) {
  return (
    <article aria-labelledby="post-title" className="max-w-3xl space-y-4" data-media-type={post.mediaType}>
      <p className="text-sm">
        <Link className="link" href={COMMUNITY_PATH}>
          Community
        </Link>
      </p>
      <h1 id="post-title" className="text-3xl font-bold">
        {post.title || `Community post ${post.id}`}
      </h1>
      <p className="text-base-content/70 text-sm">
        <DateTime value={post.created} />
      </p>
      {post.abstract && <p className="text-lg">{post.abstract}</p>}
      {post.mediaType === MEDIA_TYPES.photo && <Photos post={post} />}
      {post.mediaType === MEDIA_TYPES.video && <Videos post={post} />}
      {post.contentHtml && <Markup html={post.contentHtml} />}
      {post.mediaType === MEDIA_TYPES.link && <Links post={post} />}
      {post.mediaType !== MEDIA_TYPES.link && safeHref(post.sourceUrl) && (
        <p>
          <a className="link" href={post.sourceUrl}>
            Source
          </a>
        </p>
      )}
    </article>
  );
}
