/**
 * `JSON.stringify(value, null, 1)`, byte for byte, in pieces: one per item of each
 * array at the top two levels, so no single string need hold the whole document. A
 * JavaScript string has a maximum length (about 512 MB in V8), which the open-data JSON
 * of a large archive exceeds; its pieces can become bytes instead.
 */
export function* jsonPieces(value: unknown, depth = 0, levels = 2): Generator<string> {
  const pad = (n: number) => `\n${' '.repeat(n)}`;
  const isContainer = value !== null && typeof value === 'object' && !('toJSON' in value);
  if (!isContainer || depth >= levels) {
    yield (JSON.stringify(value, null, 1) ?? 'null').replaceAll('\n', pad(depth));
    return;
  }
  const array = Array.isArray(value);
  const entries = array
    ? value.map((item): [string | null, unknown] => [null, item])
    : Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
  if (entries.length === 0) {
    yield array ? '[]' : '{}';
    return;
  }
  yield array ? '[' : '{';
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index ? ',' : ''}${pad(depth + 1)}${key === null ? '' : `${JSON.stringify(key)}: `}`;
    // An array's undefined or function item is written as null, as JSON.stringify does.
    yield* jsonPieces(array && (item === undefined || typeof item === 'function' || typeof item === 'symbol') ? null : item, depth + 1, levels);
  }
  yield `${pad(depth)}${array ? ']' : '}'}`;
}

/** Pieces gathered into strings of about this many characters before they become bytes. */
const BATCH = 1 << 20;

/**
 * `JSON.stringify(value, null, 1)` in UTF-8 bytes, which, unlike one string, may pass
 * V8's string limit; as a list of buffers of about a megabyte, never joined into one, so
 * the whole document is held once, not again while it is copied.
 */
export function jsonChunks(value: unknown): Buffer[] {
  const chunks: Buffer[] = [];
  let batch = '';
  for (const piece of jsonPieces(value)) {
    batch += piece;
    if (batch.length >= BATCH) {
      chunks.push(Buffer.from(batch));
      batch = '';
    }
  }
  chunks.push(Buffer.from(batch));
  return chunks;
}
