import { isUtf8 } from 'node:buffer';
import type { Finding } from './parts/findings.js';

/** Config files are small; anything bigger is almost certainly the wrong file. */
export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { text: string } | { finding: Finding };

/**
 * Bytes → text. UTF-8 only (a BOM is dropped); the first invalid byte is reported with
 * its line and column, because YAML parsers either fail far away or silently replace it.
 */
export function decodeConfigBytes(bytes: Uint8Array): DecodeResult {
  const tooBig = checkSize(bytes.byteLength);
  if (tooBig) return { finding: tooBig };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      finding: {
        path: [],
        position: { line: 1, column: 1 },
        message: 'the file is saved as UTF-16; save it as UTF-8 (most editors offer this under "encoding")',
      },
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  // The native check answers for the whole file at once; the byte-by-byte scan only locates a problem.
  const bad = isUtf8(body) ? undefined : firstInvalidUtf8Byte(body);
  if (bad !== undefined) {
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const lines = before.split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1]?.length ?? 0) + 1;
    const hex = (body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      finding: {
        path: [],
        position: { line, column },
        message: `byte 0x${hex} is not valid UTF-8; save the file as UTF-8 (it may have been written as Latin-1 or Windows-1252)`,
      },
    };
  }
  return { text: new TextDecoder('utf-8').decode(body) };
}

export function checkSize(byteLength: number): Finding | undefined {
  if (byteLength <= MAX_CONFIG_BYTES) return undefined;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return {
    path: [],
    position: { line: 1, column: 1 },
    message: `the file is ${mb(byteLength)} MB, more than the ${mb(MAX_CONFIG_BYTES)} MB a config file may have; check that --config points at the right file`,
  };
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), if any. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let needed: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      needed = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else {
      return i;
    }
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k];
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      // Report the lead byte: that is where the broken character starts.
      if (next === undefined || next < low || next > high) return i;
    }
    i += needed + 1;
  }
  return undefined;
}
