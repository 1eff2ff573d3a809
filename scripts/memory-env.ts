/**
 * The memory settings `npm start` gives the server (issue #22, point 8; docs/operations.md,
 * "Memory"). Measured under load: nothing leaks (after a full GC the heap is the same ~170 MB
 * after one round of load as after two), but V8 grows its heap to the peak of the requests in
 * flight and keeps it, and glibc's per-thread malloc arenas keep the native memory the render
 * and gzip threads once used. A capped old space makes V8 collect before it grows, and two
 * arenas stop the native growth: peak RSS 441 MB instead of 678 MB on the same load, 305 MB
 * instead of 420 MB after it. Values an operator already set are kept.
 */
export const HEAP_LIMIT_MB = 384;

export function productionMemoryEnv(current: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!current.MALLOC_ARENA_MAX) out.MALLOC_ARENA_MAX = "2";
  const options = current.NODE_OPTIONS ?? "";
  if (!/--max-old-space-size\b/.test(options))
    out.NODE_OPTIONS = `${options} --max-old-space-size=${HEAP_LIMIT_MB}`.trim();
  return out;
}
