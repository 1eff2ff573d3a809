/**
 * Cache tags of boxes (apps/boxes): every box, and one per label so editing a box purges only
 * the pages that show it.
 */
export const boxesTags = {
  boxes: "boxes",
  box: (label: string) => `box:${label}`,
} as const;

/**
 * Boxes written by code from other data and overwritten whenever that data changes
 * (apps/downloads/models.py update_supernav, update_homepage_download_box,
 * update_download_landing_sources_box; apps/blogs/parser.py update_blog_supernav;
 * apps/successstories/models.py update_successstories_supernav). The admin shows them read-only.
 */
export const GENERATED_BOX_LABELS = [
  "homepage-downloads",
  "supernav-python-downloads",
  "download-sources",
  "supernav-python-blog",
  "supernav-python-success-stories",
] as const;

export type GeneratedBoxLabel = (typeof GENERATED_BOX_LABELS)[number];

export const isGeneratedBox = (label: string): label is GeneratedBoxLabel =>
  (GENERATED_BOX_LABELS as readonly string[]).includes(label);

/** Django's SlugField (apps/boxes/models.py label), at most 100 characters. */
export const BOX_LABEL_RE = /^[-a-zA-Z0-9_]{1,100}$/;

/** django-markupfield's choices on Box.content, in the order the admin offers them. */
export const BOX_MARKUP_TYPES = ["restructuredtext", "markdown", "html", "plain"] as const;
