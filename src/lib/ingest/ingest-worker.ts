import { parentPort } from 'node:worker_threads';
import { ingestChunk } from './ingest-chunk-fs.ts';

export interface ChunkTask {
  input: string;
  files: string[];
  firstIndex: number;
  staging: string;
}

/** Worker entry: ingests each chunk it is sent and posts the results back. */
parentPort?.on('message', ({ input, files, firstIndex, staging }: ChunkTask) => {
  parentPort!.postMessage(ingestChunk(input, files, firstIndex, staging));
});
