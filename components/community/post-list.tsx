import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { Pagination } from "@/components/ui/pagination";
import { COMMUNITY_PATH, MEDIA_LABELS, postPath } from "@/lib/community/constants";
import type { PostPage } from "@/lib/community/types";

/** templates/community/post_list.html: the public posts, 25 a page. */
export function PostList({ list }: { list: PostPage }) {
  return (
    <section aria-labelledby="community-posts" className="space-y-4">
      <h2 id="community-posts" className="text-2xl font-semibold">
        From the community
      </h2>
      {list.posts.length === 0 ? (
        <p>No community posts yet.</p>
      ) : (
        <ul className="space-y-4">
          {list.posts.map((p) => (
            <li key={p.id} className="border-base-300 border-b pb-3">
              <p className="text-base-content/70 text-sm">
                <span className="badge badge-outline me-2">{MEDIA_LABELS[p.mediaType] ?? "Post"}</span>
                <DateTime value={p.created} />
              </p>
              <h3 className="text-lg font-semibold">
                <Link className="link" href={postPath(p.id)}>
                  {p.title || `Community post ${p.id}`}
                </Link>
              </h3>
              {p.abstract && <p>{p.abstract}</p>}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pages={list.pages}
        href={(n) => (n === 1 ? COMMUNITY_PATH : `${COMMUNITY_PATH}?page=${n}`)}
      />
    </section>
  );
}
