import { describe, expect, it } from 'vitest';
import { isPosition, splitPositions } from './split-positions.ts';

describe('splitPositions', () => {
  it('splits on commas and dashes and stops at the action', () => {
    expect(splitPositions('Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện đồng chủ trì hội nghị.')).toEqual(['Phó Bí thư Huyện uỷ', 'Chủ tịch UBND huyện']);
    expect(splitPositions('UVBTV- Trưởng Ban tổ chức Huyện ủy, cho biết: Quý I')).toEqual(['UVBTV', 'Trưởng Ban tổ chức Huyện ủy']);
    expect(splitPositions('Phó Bí thư Huyện ủy - Chủ tịch UBND huyện chủ trì và điều hành')).toEqual(['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện']);
  });

  it('stops at the clause end and at a segment that is no title', () => {
    expect(splitPositions('Phó Bí thư Thường trực Huyện uỷ; đồng chí Nguyễn Xuân Thanh')).toEqual(['Phó Bí thư Thường trực Huyện uỷ']);
    expect(splitPositions('cho biết kết quả')).toEqual([]);
  });

  it('isPosition wants a title at the start and a title-sized length', () => {
    expect(isPosition('Thành ủy viên')).toBe(true);
    expect(isPosition('trong Ban thường vụ')).toBe(false);
    expect(isPosition(`Bí thư ${'rất '.repeat(12)}dài`)).toBe(false);
  });
});
