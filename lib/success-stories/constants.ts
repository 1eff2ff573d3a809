/** Cache tag of the success stories (apps/successstories). */
export const successStoriesTags = { successStories: "success-stories" } as const;
