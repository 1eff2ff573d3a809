import type { Metadata } from "next";
import { Box } from "@/components/boxes/box";
import { PostList } from "@/components/community/post-list";
import { loadBoxes } from "@/lib/boxes/loaders";
import { COMMUNITY_BOXES } from "@/lib/community/constants";
import { loadPostList } from "@/lib/community/loaders";

export const metadata: Metadata = { title: "Our Community" };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

/** PostList (templates/community/index.html): the community boxes and the public posts. */
export default async function CommunityPage({ searchParams }: Props) {
  const { page } = await searchParams;
  const [list, boxes] = await Promise.all([
    loadPostList(Array.isArray(page) ? page[0] : page),
    loadBoxes([...COMMUNITY_BOXES]),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Our Community</h1>
      <Box html={boxes["community-banner"]} label="community-banner" />
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <PostList list={list} />
        <aside className="space-y-4">
          <Box html={boxes["community-irc-channels"]} label="community-irc-channels" className="card bg-base-200 p-4" />
        </aside>
      </div>
      <div className="grid gap-6 md:grid-cols-3">
        {(["community-widget1", "community-widget2", "community-widget3"] as const).map((label) => (
          <Box key={label} html={boxes[label]} label={label} className="card bg-base-200 p-4" />
        ))}
      </div>
    </div>
  );
}
