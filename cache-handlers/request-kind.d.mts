// Types for request-kind.mjs, which the request guard (lib/platform/http/request-guard.ts) uses.
type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

export declare function wantsDocument(req: RequestLike): boolean;
export declare function runForRequest<T>(req: RequestLike, fn: (done: (() => void) | null) => T): T;
export declare function documentOnly(): boolean;
export declare function dataRequestInFlight(): boolean;
export declare function requestStore(): Record<string, unknown> | undefined;
