import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scratchFolder } from './scratch-folder-fs.ts';

describe('scratchFolder', () => {
  it('is in memory when the system has a memory-backed folder with room', () => {
    expect(scratchFolder('mirror-1', 1024, '/site-parent')).toBe(existsSync('/dev/shm') ? '/dev/shm/mirror-1' : '/site-parent/mirror-1');
  });

  it('falls back to the given folder when the memory-backed one lacks the room', () => {
    expect(scratchFolder('mirror-1', Number.MAX_SAFE_INTEGER, '/site-parent')).toBe('/site-parent/mirror-1');
  });
});
