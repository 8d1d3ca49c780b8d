/**
 * When two names are one name to Intercom. Its duplicate checks ignore case (the
 * `create_data_attribute` 400 "You already have …" names a clash whatever the case), and a
 * name typed on one keyboard may arrive decomposed (`e` + U+0301) yet read the same as a
 * composed one. So every comparison of a declared name with a live one — matching, the
 * check before a create, the check for duplicates after apply, `ignore:` patterns and the
 * offline name-clash rules — goes through `nameKey`, and kinds cannot drift apart.
 */

const ASCII = /^[\x00-\x7f]*$/;

/** The form two names share exactly when Intercom treats them as one: NFC, then lower case. */
export function nameKey(name: string): string {
  if (ASCII.test(name)) return name.toLowerCase();
  // Code point by code point: lowering a whole string turns a final Σ into ς, so "ΟΔΟΣ"
  // and a pattern that spells it in pieces would fold differently.
  let out = '';
  for (const char of name.normalize('NFC')) out += char.toLowerCase();
  return out;
}

export function sameName(a: string, b: string): boolean {
  return a === b || nameKey(a) === nameKey(b);
}

/** One name to Intercom, but not the same text: only case or Unicode normalisation differs. */
export function differsOnlyInForm(a: string, b: string): boolean {
  return a !== b && nameKey(a) === nameKey(b);
}

/** What differs between two forms of one name, for notes: "case", "Unicode form", or both. */
export function formDifference(a: string, b: string): string {
  // Without normalising, the lower-cased texts would still differ: the Unicode form is part of it.
  const normalisation = a.toLowerCase() !== b.toLowerCase();
  const caseDiffers = a.normalize('NFC') !== b.normalize('NFC');
  if (normalisation && caseDiffers) return 'case and Unicode form';
  return caseDiffers ? 'case' : 'Unicode form';
}
