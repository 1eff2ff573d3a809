import Link from "next/link";
import { categoryPath } from "@/lib/success-stories/constants";
import type { StoryCategoryLink } from "@/lib/success-stories/types";

/** The sidebar's category list (successstories templatetags get_story_categories). */
export function StoryCategories({ categories, current }: { categories: StoryCategoryLink[]; current?: string }) {
  return (
    <nav aria-labelledby="story-categories" className="card bg-base-200 p-4">
      <h2 id="story-categories" className="mb-2 text-lg font-semibold">
        Story categories
      </h2>
      <ul className="space-y-1">
        {categories.map((c) => (
          <li key={c.slug}>
            <Link
              className="link"
              href={categoryPath(c.slug)}
              aria-current={c.slug === current ? "page" : undefined}
            >
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
