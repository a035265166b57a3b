/**
 * `JSON.stringify(value, null, 1)`, byte for byte, in pieces: one per item of each
 * array at the top two levels, so no single string need hold the whole document. A
 * JavaScript string has a maximum length (about 512 MB in V8), which the open-data JSON
 * of a large archive exceeds; its pieces can be streamed into a file instead.
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

/** Pieces gathered into strings of about this many characters, so the stream is not a hundred thousand tiny chunks. */
const BATCH = 1 << 20;

/** `JSON.stringify(value, null, 1)` as a response body, in UTF-8, streamed in batches of pieces. */
export function jsonBody(value: unknown): ReadableStream<Uint8Array> {
  const pieces = jsonPieces(value);
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      let batch = '';
      for (let next = pieces.next(); !next.done; next = pieces.next()) {
        batch += next.value;
        if (batch.length >= BATCH) return controller.enqueue(encoder.encode(batch));
      }
      if (batch) controller.enqueue(encoder.encode(batch));
      controller.close();
    },
  });
}
