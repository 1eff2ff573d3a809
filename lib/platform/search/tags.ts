/** Cache settings of search results, apart from the engine so registries can import them cheaply. */

/** The cache tag of everything that shows search results (lib/site/cache-tags.ts lists it). */
export const searchTags = { results: "search" } as const;

/**
 * How long cached results live (cacheLife): regenerated after 5 minutes at the latest, and
 * dropped 15 minutes after they were last regenerated. The Redis entries' TTL follows `expire`,
 * so a flood of one-off queries ages out instead of filling the cache.
 */
export const searchCacheLife = { revalidate: 300, expire: 900 } as const;
