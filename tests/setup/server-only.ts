// Vitest alias target for "server-only" (STYLE.md rule 9): tests import server modules directly.
export {};
