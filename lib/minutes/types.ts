/** One meeting's minutes as the public pages and the feed show them. */
export type MinutesDetail = { id: number; date: Date; contentHtml: string; isPublished: boolean };

export type MinutesLink = { date: Date; isPublished: boolean };

/** The archive: years newest first, each with its meetings newest first. */
export type MinutesYear = { year: number; minutes: MinutesLink[] };
