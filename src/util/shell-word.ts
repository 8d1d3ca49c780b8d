/** `word` as one POSIX shell word: bare when safe, else single-quoted, so a printed command can be pasted. */
export function shellWord(word: string): string {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
