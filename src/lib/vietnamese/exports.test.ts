import { describe, expect, it } from 'vitest';

describe('src/lib/vietnamese and src/lib/parse export exactly their public names', () => {
  it.each([
    ['./fold-diacritics.ts', ['foldDiacritics']],
    ['./gazetteer.ts', ['findDistrict', 'findProvince', 'isCentralCity']],
    ['./slugify.ts', ['slugify']],
    ['./tone-key.ts', ['toneKey']],
    ['./tone-placement.ts', ['anyTonePlacement', 'anyTonePlacementSource', 'normaliseTonePlacement']],
    ['../parse/body.ts', ['parseBody']],
    ['../parse/byline.ts', ['isPersonName', 'parseByline', 'parseClosingByline']],
    ['../parse/date-line.ts', ['parseDateLine']],
    ['../parse/decode.ts', ['MAX_REPORT_BYTES', 'decode']],
    ['../parse/header.ts', ['HEADLINE_WARNING', 'parseHeader']],
    ['../parse/locate-article.ts', ['locateArticle']],
    ['../parse/normalise.ts', ['normalise']],
    ['../parse/parse-report.ts', ['parseReport', 'readArticle', 'toReport']],
    ['../parse/place.ts', ['findPlace']],
    ['../parse/report-error.ts', ['ReportError']],
    ['../parse/word-count.ts', ['wordCount']],
  ])('%s', async (path, names) => {
    expect(Object.keys(await import(path)).sort()).toEqual(names);
  });
});
