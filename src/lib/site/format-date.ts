import type { Article } from '../../schemas/article.ts';

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/**
 * A publication date as Vietnamese readers write it, to the precision the report gave:
 * "Thứ Tư, 20 tháng 7, 2022, 17:49", "Thứ Tư, 20 tháng 7, 2022", "tháng 7, 2022", or
 * "không rõ ngày". The stored time is already Asia/Ho_Chi_Minh (+07:00), so its
 * fields are read as written, never shifted through the machine's time zone.
 */
export function formatDate(publishedAt: Article['publishedAt'], precision: Article['datePrecision']): string {
  if (!publishedAt || precision === 'none') return 'không rõ ngày';
  const [, year, month, day, hours, minutes] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(publishedAt)!.map(Number);
  if (precision === 'month') return `tháng ${month}, ${year}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay()];
  const date = `${weekday}, ${day} tháng ${month}, ${year}`;
  if (precision === 'date') return date;
  return `${date}, ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
