/** Cache tag of the community posts (apps/community). */
export const communityTags = { community: "community" } as const;

export const COMMUNITY_PATH = "/community/";
export const postPath = (id: number) => `${COMMUNITY_PATH}${id}/`;

/** views.py PostList: paginate_by 25. */
export const POSTS_PER_PAGE = 25;

/** models.py Post.MEDIA_CHOICES and STATUS_CHOICES. */
export const MEDIA_TYPES = { text: 1, photo: 2, video: 3, link: 4 } as const;
export const MEDIA_LABELS: Record<number, string> = { 1: "Text", 2: "Photo", 3: "Video", 4: "Link" };
export const POST_STATUS = { private: 1, public: 2 } as const;

export const COMMUNITY_BOXES = [
  "community-banner",
  "community-irc-channels",
  "community-widget1",
  "community-widget2",
  "community-widget3",
] as const;
