export type StoryTeaser = {
  name: string;
  slug: string;
  author: string;
  companyName: string;
  pullQuote: string;
};

export type StoryCategoryLink = { id: number; name: string; slug: string };

export type StoryListItem = StoryTeaser & {
  id: number;
  created: Date;
  /** The linked company (lib/companies), whose name, URL and logo the story shows. */
  companyId: number | null;
  category: StoryCategoryLink;
};

/** A company as a story shows it: its own page is not public, so its name, URL and logo. */
export type StoryCompany = { name: string; slug: string; url: string | null; logoUrl: string | null; aboutHtml: string };

export type StoryDetail = StoryListItem & {
  companyUrl: string;
  contentHtml: string;
  imageUrl: string | null;
  isPublished: boolean;
  featured: boolean;
  company: StoryCompany | null;
};

export type CategoryWithStories = StoryCategoryLink & { stories: StoryListItem[] };
