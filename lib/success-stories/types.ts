export type StoryTeaser = {
  name: string;
  slug: string;
  author: string;
  companyName: string;
  pullQuote: string;
};
