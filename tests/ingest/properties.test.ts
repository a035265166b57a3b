import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Block } from '../../src/schemas/article.ts';
import { blocksToMarkdown } from '../../src/lib/ingest/blocks-to-markdown.ts';
import { markdownToBlocks } from '../../src/lib/ingest/markdown-to-blocks.ts';
import { normalise } from '../../src/lib/parse/normalise.ts';
import { parseReport } from '../../src/lib/parse/parse-report.ts';
import { ReportError } from '../../src/lib/parse/report-error.ts';
import { readSeedText, seedFiles } from '../helpers/seeds.ts';

/** Characters these reports are made of, plus every one that means something to Markdown, YAML or HTML. */
const ALPHABET = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 ',
  ...'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ',
  ...'*_#[]()<>|`~\\!&;:.,-–—/"\'“”…%+=^$@{}\u00a0\t',
];
const textChar = fc.constantFrom(...ALPHABET);
const sentence = fc.array(textChar, { minLength: 1, maxLength: 120 }).map((chars) => chars.join(''));
const seedLines = seedFiles.flatMap((file) => readSeedText(file).split('\n'));

describe('ingest never throws on arbitrary input', () => {
  const accept = (bytes: Uint8Array) => {
    try {
      const report = parseReport('fuzz.txt', bytes);
      expect(reportSchema.safeParse(report).success).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(ReportError);
    }
  };

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), accept), { numRuns: 400 });
  });
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 1024 }), (text) => accept(Buffer.from(text))), {
      numRuns: 400,
    });
  });
  it('on shuffled lines of real reports', () => {
    const lines = fc.array(fc.constantFrom(...seedLines), { maxLength: 40 });
    fc.assert(fc.property(lines, (picked) => accept(Buffer.from(picked.join('\n')))), { numRuns: 300 });
  });
});

describe('every sentence of the body survives into the Markdown and back', () => {
  it('for arbitrary blocks', () => {
    const block = fc.record({
      kind: fc.constantFrom<Block['kind']>('paragraph', 'caption'),
      text: sentence.map((text) => normalise(text)).filter((text) => text !== '' && !text.includes('\n')),
    });
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        expect(markdownToBlocks(blocksToMarkdown(blocks))).toEqual(blocks);
      }),
      { numRuns: 500 },
    );
  });
  it('for parsed reports built from real lines', () => {
    const body = fc.array(fc.constantFrom(...seedLines.filter((line) => line.trim().length > 40)), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(body, (paragraphs) => {
        const report = parseReport('p.txt', Buffer.from(['Tiêu đề', '05/05/2020 09:00', ...paragraphs].join('\n\n')));
        expect(markdownToBlocks(blocksToMarkdown(report.body))).toEqual(report.body);
      }),
      { numRuns: 200 },
    );
  });
});
