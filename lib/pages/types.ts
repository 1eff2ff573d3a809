/** A CMS page as the site renders it (the rendered, sanitized content). */
export type CmsPage = {
  id: number;
  title: string;
  description: string;
  keywords: string;
  path: string;
  contentHtml: string;
  contentType: string;
  templateName: string;
  isPublished: boolean;
  updated: Date;
};
