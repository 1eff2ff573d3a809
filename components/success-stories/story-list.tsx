import Link from "next/link";
import { categoryPath, storyPath } from "@/lib/success-stories/constants";
import type { StoryListItem } from "@/lib/success-stories/types";

/** Stories as the list and category pages show them: pull quote, name, author, company. */
export function StoryList({ stories, showCategory = true }: { stories: StoryListItem[]; showCategory?: boolean }) {
  if (stories.length === 0) return <p>No stories have been published here yet.</p>;
  return (
    <ul className="space-y-6">
      {stories.map((s) => (
        <li key={s.id}>
          <article aria-labelledby={`story-${s.id}`} className="border-secondary border-l-4 pl-4">
            <h2 id={`story-${s.id}`} className="text-xl font-semibold">
              <Link className="link" href={storyPath(s.slug)}>
                {s.name}
              </Link>
            </h2>
            <blockquote className="mt-1 italic">{s.pullQuote}</blockquote>
            <p className="mt-1 text-sm">
              by {s.author}, {s.companyName}
              {showCategory && (
                <>
                  {" · "}
                  <Link className="link" href={categoryPath(s.category.slug)}>
                    {s.category.name}
                  </Link>
                </>
              )}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
