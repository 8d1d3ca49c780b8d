/**
 * `word` with its indefinite article, for messages that name a type: "an integer
 * attribute", "a list attribute", "an options attribute". By the first letter: the words it
 * is used with (data types, models) have no silent h or "you"-sounding u.
 */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}
