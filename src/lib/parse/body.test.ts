import { describe, expect, it } from 'vitest';
import { parseBody } from './body.ts';

describe('parseBody', () => {
  it('keeps captions in place, the lead always a paragraph, and takes the byline off the end', () => {
    const { blocks, byline } = parseBody([
      'Ngày 2/4, BCH Đảng bộ huyện tổ chức hội nghị lần thứ 5 .',
      'Quang cảnh Hội nghị',
      'Hội nghị đã thảo luận và thống nhất các giải pháp thực hiện nhiệm vụ quý II; đồng thời đề ra nhiều việc.',
      'Các ý kiến phát biểu thảo luận tại hội nghị.',
      'Đồng chí Lê Tiến Nhật- TUV- Bí thư Huyện ủy phát biểu chỉ đạo.',
      'Thanh Hồng - Trung tâm Văn hóa - TT&TT(Tin TH)',
    ]);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'caption', 'paragraph', 'caption', 'caption']);
    expect(byline?.authors).toEqual(['Thanh Hồng']);
  });

  it('a sentence that goes on after its verb is a paragraph, not a caption', () => {
    const { blocks } = parseBody(['Lead.', 'Đồng chí Bí thư Đảng ủy xã báo cáo tóm tắt tình hình thực hiện các chỉ tiêu kinh tế - xã hội.', 'Văn Hùng']);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('a line that opens with "Ảnh:" is a caption, full stop or not', () => {
    const { blocks } = parseBody(['Lead.', 'Ảnh: Đ/c Lương Văn Lành - Bí thư Huyện ủy, Chủ tịch Hội đồng nhân dân huyện phát biểu chỉ đạo hội nghị.', 'Đoạn hai.']);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'caption', 'paragraph']);
  });

  it('a one-line body has no byline', () => {
    expect(parseBody(['LIÊM ĐOÀN'])).toEqual({ blocks: [{ kind: 'paragraph', text: 'LIÊM ĐOÀN' }], byline: null });
  });

  it.each(['|a|b|', '# Không phải tiêu đề', '```', '~~~ts', '> Trích dẫn', '- mục một', '<div>Hộp</div>', 'Cột một | Cột hai |'])(
    'a line that reads as Markdown or HTML stays a paragraph, not a caption: %s',
    (line) => {
      expect(parseBody(['Lead.', line, 'Đoạn văn dài hơn để làm thân bài, có dấu chấm ở cuối câu này.']).blocks[1]).toEqual({ kind: 'paragraph', text: line });
    },
  );
});
