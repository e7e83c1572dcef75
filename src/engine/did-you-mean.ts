// "Did you mean …": the one place a typed name is matched against the names it could mean
// (commands, trees, exercises, rules, sections, stage names). In the engine, the lowest layer,
// so every layer above (and the engine's own MS007) can use it.
import { distance } from 'fastest-levenshtein';

export interface DidYouMeanOptions<T> {
  /** The names a candidate answers to (default: the candidate itself, as a string). */
  names?: (candidate: T) => readonly string[];
  /** How many to return (default 3). */
  limit?: number;
  /**
   * The largest edit distance still worth suggesting: a number, or `Infinity` for "the nearest,
   * however far". Default: 2, or a third of what was typed when that is more.
   */
  maxDistance?: number;
  /** Count a name that contains what was typed, or is contained in it, as a match (`nonroot` in `non-root`). */
  substring?: boolean;
}

/** The candidates closest to `query`, best first; ties keep the candidates' order. Case is ignored. */
export function didYouMean<T>(query: string, candidates: readonly T[], options: DidYouMeanOptions<T> = {}): T[] {
  const q = query.trim().toLowerCase();
  const names = options.names ?? ((c: T) => [String(c)]);
  const limit = options.limit ?? 3;
  const max = options.maxDistance ?? Math.max(2, Math.floor(q.length / 3));
  const scored: { candidate: T; score: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    let score = Infinity;
    for (const raw of names(candidate)) {
      const name = raw.toLowerCase();
      const contains = options.substring && q.length >= 3 && (name.includes(q) || q.includes(name));
      score = Math.min(score, contains ? 0 : distance(q, name));
    }
    if (score <= max) scored.push({ candidate, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** `did you mean a, b? ` (or nothing when no name is close), to start the hint of an unknown-name message. */
export function didYouMeanHint(close: readonly string[]): string {
  return close.length ? `did you mean ${close.join(', ')}? ` : '';
}
