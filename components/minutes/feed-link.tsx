import { MINUTES_PATH } from "@/lib/minutes/constants";

/** "Subscribe via RSS" (minutes_list.html and minutes_detail.html). */
export function FeedLink() {
  return (
    <p>
      <a className="link" href={`${MINUTES_PATH}feed/`} type="application/rss+xml">
        Subscribe via RSS
      </a>
    </p>
  );
}
