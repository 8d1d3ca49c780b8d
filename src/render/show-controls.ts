/**
 * Characters that are never shown as they are, whatever the output: C0 and C1 controls
 * (ESC starts terminal sequences that retitle a window or overwrite a line; CR returns to
 * the line start; U+009B is a one-character CSI), DEL, the Unicode line and paragraph
 * separators, and the invisible bidirectional controls that display text in another order
 * than it is stored. Names come from Intercom, where anyone with admin access can type them.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINE_BREAKS_AND_TABS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** How a refused character is written: `\n`, `\r`, `\t`, else `\u001b` — the notation of a JSON string. */
function controlNotation(char: string): string {
  switch (char) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
}

type Keep = 'nothing' | 'line-breaks' | 'line-breaks-and-tabs';

const PATTERNS: Record<Keep, RegExp> = {
  nothing: CONTROLS,
  'line-breaks': CONTROLS_BUT_LINE_BREAKS,
  'line-breaks-and-tabs': CONTROLS_BUT_LINE_BREAKS_AND_TABS,
};

/**
 * `text` with every control and bidirectional character written in visible notation.
 * A name is one line (`keep: 'nothing'`); a message or a body may keep its line breaks.
 */
export function showControls(text: string, keep: Keep = 'nothing'): string {
  return text.replace(PATTERNS[keep], controlNotation);
}

