/**
 * Cache tags of boxes (apps/boxes): every box, and one per label so editing a box purges only
 * the pages that show it.
 */
export const boxesTags = {
  boxes: "boxes",
  box: (label: string) => `box:${label}`,
} as const;
