import Link from "next/link";
import type { StoryTeaser } from "@/lib/success-stories/types";

export function StoryCard({ story }: { story: StoryTeaser | null }) {
  return (
    <section aria-labelledby="home-story">
      <h2 id="home-story" className="mb-3 text-xl font-semibold">
        Success Stories
      </h2>
      {story ? (
        <figure className="border-secondary border-l-4 pl-4">
          <blockquote className="italic">{story.pullQuote}</blockquote>
          <figcaption className="mt-2 text-sm">
            <Link href={`/success-stories/${story.slug}/`} className="link">
              {story.name}
            </Link>{" "}
            by {story.author}
          </figcaption>
        </figure>
      ) : (
        <p>No stories yet.</p>
      )}
      <Link href="/success-stories/" className="link mt-2 inline-block text-sm">
        More stories
      </Link>
    </section>
  );
}
