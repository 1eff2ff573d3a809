export const THEME_SCRIPT: string;
export const CSP_REPORT_PATH: string;
export const STATIC_CSP: string;
export const MEDIA_CSP: string;
export const PUBLIC_CSP_REPORT_ONLY: string;
export function nonceCsp(nonce: string, development?: boolean): string;
export function createNonce(): string;
export const HASHED_PAGE_CSP_REPORT_ONLY: string;
export function hashedScriptCsp(html: string): string;
