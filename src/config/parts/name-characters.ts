/**
 * Characters a name must not contain. Names travel to terminals, CI logs and pull-request
 * comments, and they are matched by exact text: a control character can rewrite a
 * terminal line or start a CI workflow command, a bidirectional override shows text in
 * another order than it is stored, and an invisible or non-breaking space makes two
 * names that look the same differ. Each is refused before anything is sent.
 */

const BIDI_CONTROLS: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const ZERO_WIDTH: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x3164: 'HANGUL FILLER',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0x1d173: 'MUSICAL SYMBOL BEGIN BEAM',
  0x1d174: 'MUSICAL SYMBOL END BEAM',
  0x1d175: 'MUSICAL SYMBOL BEGIN TIE',
  0x1d176: 'MUSICAL SYMBOL END TIE',
  0x1d177: 'MUSICAL SYMBOL BEGIN SLUR',
  0x1d178: 'MUSICAL SYMBOL END SLUR',
  0x1d179: 'MUSICAL SYMBOL BEGIN PHRASE',
  0x1d17a: 'MUSICAL SYMBOL END PHRASE',
  0xe0001: 'LANGUAGE TAG',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const NO_BREAK_SPACES: Record<number, string> = {
  0x00a0: 'NO-BREAK SPACE',
  0x2007: 'FIGURE SPACE',
  0x202f: 'NARROW NO-BREAK SPACE',
};

const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])[\p{L}\p{M}]/u;

/**
 * Every character the checks below can refuse, from the tables above. Names are checked
 * one by one while a config loads (thousands in a large file), and nearly all contain none.
 */
const CANDIDATES = new RegExp(
  `[\\p{Cc}\\u2028\\u2029${[BIDI_CONTROLS, ZERO_WIDTH, NO_BREAK_SPACES]
    .flatMap((table) => Object.keys(table))
    .map((code) => `\\u{${Number(code).toString(16)}}`)
    .join('')}]`,
  'u',
);

/** Why `text` cannot be a name (the first offending character), or undefined. */
export function nameCharacterProblem(text: string): string | undefined {
  if (!CANDIDATES.test(text)) return undefined;
  const chars = [...text];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] ?? '';
    const code = char.codePointAt(0) ?? 0;
    const at = `${codePoint(code)} at character ${index + 1}`;
    if (/\p{Cc}/u.test(char) || code === 0x2028 || code === 0x2029) {
      return `contains the control character ${at}; control characters can rewrite terminal output and CI logs, so remove it`;
    }
    const bidi = BIDI_CONTROLS[code];
    if (bidi !== undefined) {
      return `contains the invisible bidirectional control ${at} (${bidi}); it makes text display in another order than it is stored, so remove it`;
    }
    const zeroWidth = ZERO_WIDTH[code];
    if (zeroWidth !== undefined && !isLegitimateJoiner(code, chars[index - 1], chars[index + 1])) {
      return `contains the invisible ${at} (${zeroWidth}); names are matched by exact text and this character cannot be seen, so remove it`;
    }
    const noBreak = NO_BREAK_SPACES[code];
    if (noBreak !== undefined) {
      return `contains a non-breaking space, ${at} (${noBreak}); it looks like a space but does not match one, so type a normal space`;
    }
  }
  return undefined;
}

/** Joiners are part of emoji sequences (👩‍💻) and of writing in scripts such as Persian or Hindi. */
function isLegitimateJoiner(code: number, before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (code === 0x200d) return (EMOJI_BEFORE_JOINER.test(before) && EMOJI.test(after)) || (NON_LATIN_LETTER.test(before) && NON_LATIN_LETTER.test(after));
  if (code === 0x200c) return NON_LATIN_LETTER.test(before) && NON_LATIN_LETTER.test(after);
  return false;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
