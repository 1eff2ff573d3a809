export const SITE_SURROGATE_KEY: string;
