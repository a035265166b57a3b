import iconv from 'iconv-lite';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Windows-1258 has â, ê, ô, ă, ơ, ư and đ precomposed but the tones only as combining
 * marks, so text must be put in that shape before iconv-lite can encode it.
 */
export function encodeWindows1258(text: string): Buffer {
  const shaped = text.normalize('NFD').replace(/(\P{M})(\p{M}+)/gu, (_, base: string, marks: string) => {
    const tones = marks.match(TONES)?.join('') ?? '';
    return (base + marks.replace(TONES, '')).normalize('NFC') + tones;
  });
  return iconv.encode(shaped, 'windows1258');
}

export function encodeTcvn3(text: string): Buffer {
  return iconv.encode(text.normalize('NFC'), 'tcvn');
}
