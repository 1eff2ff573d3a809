// @ts-check
/** The key every python.org response carries (pydotorg/middleware.py GlobalSurrogateKey). Purging it empties the site. */
export const SITE_SURROGATE_KEY = "pydotorg-app";
