import type { Meeting } from '../../schemas/entities.ts';
import { formatDate } from './format-date.ts';

/** "buổi chiều, Thứ Ba, 19 tháng 7, 2022"; "không rõ ngày" when the lead gave none. */
export function formatMeetingDate(meeting: Pick<Meeting, 'date' | 'partOfDay'>): string {
  if (!meeting.date) return 'không rõ ngày';
  const day = formatDate(`${meeting.date}T00:00:00+07:00`, 'date');
  return meeting.partOfDay ? `buổi ${meeting.partOfDay}, ${day}` : day;
}
