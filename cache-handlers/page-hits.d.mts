// Types for page-hits.mjs, which the request guard (lib/platform/http/request-guard.ts) uses.
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const MAX_BODY: number;

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
export type PageRead = {
  lastModified: number;
  revalidate: number | false | undefined;
  expire: number | undefined;
  stillFresh: () => Promise<boolean>;
};
export type PageHit = {
  headers: string[][];
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string | undefined;
  freshUntil: number;
  stillFresh: () => Promise<boolean>;
  bytes: number;
  limit: string | null;
};
export declare const REPLAY_HEADER: string;
export declare function noteDataRead(store: Record<string, unknown> | undefined, read: PageRead | null): void;
export declare function setReplayGate(gate: (limit: string, req: IncomingMessage) => Promise<boolean>): void;
export declare function admit(hit: PageHit, req: IncomingMessage): Promise<"serve" | "stale" | "refused">;

export declare function eligible(req: RequestLike, wantsDocument: (req: RequestLike) => boolean): boolean;
export declare function chooseEncoding(header: string | string[] | undefined): "br" | "gzip" | "identity";
export declare function notePageRead(store: Record<string, unknown> | undefined, read: PageRead): void;
export declare function recordFor(url: string): PageHit | null;
export declare function forget(url: string): void;
export declare function send(hit: PageHit, req: IncomingMessage, res: ServerResponse): void;
export declare function watch(
  req: IncomingMessage,
  res: ServerResponse,
  store: Record<string, unknown>,
): void;
export declare function pageHitStats(): { records: number; bytes: number; served: number; recorded: number };
export declare function clearPageHits(): void;
export declare function keep(url: string, hit: PageHit): void;
export type Read = { freshUntil: number; stillFresh: () => Promise<boolean> };
