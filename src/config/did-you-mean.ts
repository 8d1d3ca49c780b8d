/** Edit distance (insert, delete, substitute), used to suggest the key or value meant. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Spelling variants (camelCase, kebab-case, case) count as the same word.
function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]/g, '');
}

/**
 * The candidate the user most likely meant, or undefined when nothing is close enough.
 * "Close" grows with the length of the input so that short typos are not over-matched.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const folded = fold(input);
  const sameWord = candidates.find((c) => c !== input && fold(c) === folded);
  if (sameWord !== undefined) return sameWord;
  const limit = input.length <= 3 ? 1 : input.length <= 7 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const distance = levenshtein(input.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// What other tools and languages call the data types Intercom names differently (ticket type
// attributes: integer/decimal; data attributes: integer/float; both: string, boolean, …). Too
// far from the right word for closestMatch to find, and common enough to deserve an answer.
const SYNONYMS: Record<string, readonly string[]> = {
  number: ['integer', 'decimal', 'float'],
  numeric: ['integer', 'decimal', 'float'],
  int: ['integer'],
  double: ['decimal', 'float'],
  float: ['decimal'],
  decimal: ['float'],
  text: ['string'],
  str: ['string'],
  bool: ['boolean'],
  date: ['datetime'],
  timestamp: ['datetime'],
  enum: ['list', 'options'],
  select: ['list', 'options'],
  dropdown: ['list', 'options'],
};

/**
 * The allowed values the user probably meant by `input`, best first: the names Intercom uses
 * for a type other tools call `number` or `text`, else the closest spelling; empty when
 * nothing fits. Only values in `allowed` are ever suggested.
 */
export function suggestValues(input: string, allowed: readonly string[]): string[] {
  const known = (Object.hasOwn(SYNONYMS, input.toLowerCase()) ? SYNONYMS[input.toLowerCase()] ?? [] : []).filter((value) => allowed.includes(value));
  if (known.length > 0) return known;
  const close = closestMatch(input, allowed);
  return close === undefined ? [] : [close];
}
