import { parentPort } from 'node:worker_threads';
import type { Provenance } from '../provenance/source-list.ts';
import { ingestChunk } from './ingest-chunk-fs.ts';

export interface ChunkTask {
  input: string;
  files: string[];
  firstIndex: number;
  staging: string;
  /** What the source list says about these files. */
  sources: Record<string, Provenance>;
}

/** Worker entry: ingests each chunk it is sent and posts the results back. */
parentPort?.on('message', ({ input, files, firstIndex, staging, sources }: ChunkTask) => {
  parentPort!.postMessage(ingestChunk(input, files, firstIndex, staging, sources));
});
