/** Typo correction helpers for the PostgreSQL backend (pure; the candidates come from pg_trgm). */

/** Edit distance counting a swap of two neighbours as one edit ("pyhton" → "python" is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Edits allowed for a word of this length: none below 3 letters, one up to 4, then two. */
export const allowedEdits = (word: string) => (word.length < 3 ? 0 : word.length <= 4 ? 1 : 2);

export type Candidate = { word: string; n: number };

/**
 * The closest candidate within the allowed edits; ties go to the more frequent word (titles
 * name it more often), then to the order given (trigram similarity). Null when none is close.
 */
export function pickCorrection(word: string, candidates: Candidate[]): string | null {
  const max = allowedEdits(word);
  let best: { word: string; distance: number; n: number } | null = null;
  for (const c of candidates) {
    const distance = editDistance(word, c.word);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && c.n > best.n))
      best = { word: c.word, distance, n: c.n };
  }
  return best?.word ?? null;
}

/** The words of a query that typo tolerance looks at (lower case, at most five). */
export function queryWords(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => allowedEdits(w) > 0 && !/^\d+$/.test(w)))].slice(0, 5);
}

/** Rewrites the query with corrected words, keeping its other characters (quotes, minus signs). */
export function applyCorrections(q: string, corrections: Map<string, string>): string {
  return q.replace(/[\p{L}\p{N}]+/gu, (w) => corrections.get(w.toLowerCase()) ?? w);
}
