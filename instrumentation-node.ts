import { installRequestGuard } from "./lib/platform/http/request-guard";

// Validating the environment at start-up makes a missing or weak production secret stop the
// server with a message that names the variable (lib/platform/env.ts), instead of failing later.
let development = false;
try {
  development = (await import("./lib/platform/env")).env.NODE_ENV === "development";
} catch (e) {
  console.error(
    `\n${(e as Error).message}\n\nStart-up stopped: fix the variables above (see .env.example).\n`,
  );
  process.exit(1);
}

// Requests Next would answer with a 500 of its own (TRACE, `/%ff/`, a NUL in the address) are
// refused before it routes them (lib/platform/http/request-guard.ts).
installRequestGuard({ development });

export {};
