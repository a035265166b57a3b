import iconv from 'iconv-lite';
import type { Source } from '../../schemas/article.ts';
import { ReportError } from './report-error.ts';

export type Encoding = Source['encoding'];

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Reports are a few kilobytes; anything this large is not a report and would stall the run. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** The share of words a legacy decoding must turn into plausible Vietnamese before it is believed. */
const MIN_PLAUSIBLE_SHARE = 0.95;
const VIETNAMESE_WORD =
  /^[0-9a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]+$/;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
// The lookbehind lets a trailing run be tried from its first mark only: without it, a
// word of thousands of marks followed by a letter is rescanned from every mark (quadratic).
const EDGE_PUNCTUATION = /^[("“‘'[{]+|(?<![)"”’'\]}.,;:!?…])[)"”’'\]}.,;:!?…]+$/g;

/**
 * Stage 1: bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * read as such; bytes that are not valid UTF-8 are tried as Windows-1258 and TCVN3,
 * and kept only if one of them reads as Vietnamese. Never guesses silently: the
 * encoding is returned, and anything else is a ReportError.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ReportError('the file is empty');
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new ReportError(
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a report is at most ${MAX_REPORT_BYTES / 1024 / 1024} MB`,
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), 'utf-8-bom'), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes, 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new ReportError('the file is binary (it contains NUL bytes), not a text report');

  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };

  const legacy = (['windows-1258', 'tcvn3'] as const)
    .map((encoding) => {
      const text = iconv.decode(Buffer.from(bytes), encoding === 'tcvn3' ? 'tcvn' : encoding).normalize('NFC');
      return { text, encoding, share: plausibleWordShare(text) };
    })
    .sort((a, b) => b.share - a.share)[0]!;
  if (legacy.share < MIN_PLAUSIBLE_SHARE) {
    throw new ReportError(
      'the bytes are not valid UTF-8, and neither Windows-1258 nor TCVN3 reads them as Vietnamese',
    );
  }
  return { text: legacy.text, encoding: legacy.encoding };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function strictUtf8(bytes: Uint8Array, label: string): string {
  const text = tryUtf8(bytes);
  if (text === undefined) throw new ReportError(`the file starts with a ${label} mark but is not valid UTF-8`);
  return text;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) throw new ReportError(`the file has a ${encoding} mark but an odd number of bytes`);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ReportError(`the file has a ${encoding} mark but is not valid ${encoding}`);
  }
}

/** A word is plausible when it is all Vietnamese letters and digits with one tone mark at most: mojibake rarely is. */
function plausibleWordShare(text: string): number {
  const words = text.split(/\s+/).map((word) => word.replace(EDGE_PUNCTUATION, '')).filter(Boolean);
  if (words.length === 0) return 0;
  const plausible = words.filter(
    (word) => VIETNAMESE_WORD.test(word) && (word.normalize('NFD').match(TONE_MARK)?.length ?? 0) <= 1,
  );
  return plausible.length / words.length;
}
