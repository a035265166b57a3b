import { describe, expect, it } from 'vitest';
import type { Article } from '../../../schemas/article.ts';
import { groupOfficials } from './group-officials.ts';

const article = (slug: string, publishedAt: string | null, province: string | null, officials: Article['officials']) =>
  ({ slug, publishedAt, province, officials }) as Article;
const position = (title: string) => ({ stated: title, title });

describe('groupOfficials', () => {
  const articles = [
    article('c', '2023-03-15T08:00:00+07:00', 'Hà Nội', [{ name: 'Nguyễn Văn Thụy', positions: [position('Bí thư Huyện ủy')] }]),
    article('b', '2021-04-02T13:49:00+07:00', 'Hà Nội', [{ name: 'Nguyễn Văn Thuỵ', positions: [position('Phó Bí thư Huyện ủy'), position('Chủ tịch UBND huyện')] }]),
    article('a', '2020-05-05T09:00:00+07:00', 'Quảng Ninh', [{ name: 'Nguyễn Văn Thụy', positions: [position('Bí thư Huyện ủy')] }]),
    article('x', null, null, [{ name: 'Nguyễn Văn Thụy', positions: [position('Bí thư Huyện ủy')] }]),
  ];
  const groups = groupOfficials(articles, (a) => a);

  it('is one person per name and province, whatever the tone placement; unknown provinces stay apart', () => {
    expect(groups.map((g) => [g.slug, g.name, g.province, g.mentions.map((m) => m.item.slug)])).toEqual([
      ['nguyen-van-thuy', 'Nguyễn Văn Thụy', null, ['x']],
      ['nguyen-van-thuy-ha-noi', 'Nguyễn Văn Thụy', 'Hà Nội', ['c', 'b']],
      ['nguyen-van-thuy-quang-ninh', 'Nguyễn Văn Thụy', 'Quảng Ninh', ['a']],
    ]);
  });

  it('lists their titles oldest first, with the first and last report of each', () => {
    expect(groups[1]!.positions).toEqual([
      { title: 'Phó Bí thư Huyện ủy', first: '2021-04-02T13:49:00+07:00', last: '2021-04-02T13:49:00+07:00', reports: 1 },
      { title: 'Chủ tịch UBND huyện', first: '2021-04-02T13:49:00+07:00', last: '2021-04-02T13:49:00+07:00', reports: 1 },
      { title: 'Bí thư Huyện ủy', first: '2023-03-15T08:00:00+07:00', last: '2023-03-15T08:00:00+07:00', reports: 1 },
    ]);
  });
});
