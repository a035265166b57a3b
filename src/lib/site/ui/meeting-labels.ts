import type { MeetingKind } from '../../../schemas/entities.ts';

/** How each kind of meeting is named on the page. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  'giao-ban': 'Hội nghị giao ban',
  'hoi-nghi-ban-chap-hanh': 'Hội nghị Ban Chấp hành',
  'hoi-nghi-ban-thuong-vu': 'Hội nghị Ban Thường vụ',
  'phien-hop': 'Phiên họp',
  'ky-hop': 'Kỳ họp',
  'hoi-nghi': 'Hội nghị',
};
