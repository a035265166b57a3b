const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Strips every Vietnamese diacritic, `đ`/`Đ` included (Unicode does not decompose
 * them, so NFD alone leaves them in place): "Huyện ủy Kiến Thụy" → "Huyen uy Kien Thuy".
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
