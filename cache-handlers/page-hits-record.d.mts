// Types for page-hits-record.mjs, which the request guard (lib/platform/http/request-guard.ts) uses.
import type { IncomingMessage, ServerResponse } from "node:http";

export declare function watch(
  req: IncomingMessage,
  res: ServerResponse,
  store: Record<string, unknown>,
): void;
