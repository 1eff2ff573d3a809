export const SITE_SURROGATE_KEY: string;
export const SECTION_KEYS: Record<string, readonly string[]>;
export const PER_REQUEST_SECTIONS: string[];
export function sectionKeysFor(pathname: string): readonly string[];
