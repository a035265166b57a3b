import { describe, expect, it } from 'vitest';
import { officialMentions } from './official-mentions.ts';

const names = (text: string) => officialMentions(text).map(({ name, positions }) => [name, positions]);

describe('officialMentions', () => {
  it('reads a name introduced by "đồng chí" and the positions after it', () => {
    expect(names('Đồng chí Đặng Bá Cường, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Nội chính Thành ủy dự Hội nghị.')).toEqual([
      ['Đặng Bá Cường', ['Ủy viên Ban Thường vụ Thành ủy', 'Trưởng Ban Nội chính Thành ủy']],
    ]);
  });

  it('takes "Ông" or "Bà" opening a sentence as the introducer', () => {
    expect(names('Ông Trần Văn Bình, Chủ tịch UBND xã Kim Sơn phát biểu ý kiến')).toEqual([['Trần Văn Bình', ['Chủ tịch UBND xã Kim Sơn']]]);
    expect(names('Bà con Nguyễn Văn An đã tham gia')).toEqual([]);
  });

  it('reads positions written before the name', () => {
    expect(names('Phát biểu kết luận tại hội nghị, TUV, Bí thư huyện ủy Nguyễn Anh Dũng đã đánh giá cao')).toEqual([['Nguyễn Anh Dũng', ['TUV', 'Bí thư huyện ủy']]]);
    expect(names('Cũng tại hội nghị, đồng chí Chủ tịch UBND huyện Nguyễn Xuân Thanh đã trả lời')).toEqual([['Nguyễn Xuân Thanh', ['Chủ tịch UBND huyện']]]);
  });

  it('needs a stated position, and a body named next to a name that follows it', () => {
    expect(names('Đồng chí Nguyễn Văn An cho biết kết quả.')).toEqual([]);
    expect(names('ngày sinh của Chủ tịch Hồ Chí Minh')).toEqual([]);
  });
});
