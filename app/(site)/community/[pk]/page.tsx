import type { Metadata } from "next";
import { CmsPageView } from "@/components/pages/cms-page";
import { PostView } from "@/components/community/post-view";
import { loadPost } from "@/lib/community/loaders";
import { loadCmsPage } from "@/lib/pages/loaders";
import { layoutOf } from "@/lib/pages/utils";
import { loadPageChrome } from "@/lib/site/pages/loaders";

// /community/<pk>/ is a community post (PostDetail); any other one-segment path under
// /community/ (irc, lists, forums...) is a CMS page, as python.org's page fallback serves it.
type Props = { params: Promise<{ pk: string }> };

const isPostId = (pk: string) => /^\d+$/.test(pk);

export async function generateStaticParams(): Promise<{ pk: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pk } = await params;
  if (isPostId(pk)) {
    const post = await loadPost(pk);
    return { title: `${post.title || `Community post ${post.id}`} | Our Community` };
  }
  const page = await loadCmsPage(["community", pk]);
  return { title: page.title, description: page.description || undefined, keywords: page.keywords || undefined };
}

export default async function CommunityPostPage({ params }: Props) {
  const { pk } = await params;
  if (isPostId(pk)) return <PostView post={await loadPost(pk)} />;
  const page = await loadCmsPage(["community", pk]);
  const layout = layoutOf(page.templateName);
  if (layout === "raw") return null;
  return <CmsPageView page={page} layout={layout} chrome={await loadPageChrome(page.path, page.title, layout)} />;
}
