import type { MeetingKind } from '../../schemas/entities.ts';
import { isCentralCity } from './gazetteer.ts';
import { anyTonePlacement as vi, anyTonePlacementSource } from './tone-placement.ts';

/**
 * What the entity extraction knows about how these reports name officials, documents
 * and meetings, kept as data beside the parser's `patterns.ts`. Precision comes
 * before recall: every list here is a list of what is accepted, so a phrase that
 * matches none of it is left out rather than guessed at.
 */

/** A character of a word, and not part of one: JavaScript's `\b` knows only ASCII letters. */
const WORD_CHARACTER = String.raw`[\p{L}\p{M}\d]`;
const EDGE_BEFORE = `(?<!${WORD_CHARACTER})`;
const EDGE_AFTER = `(?!${WORD_CHARACTER})`;
/** Alternatives for a regular expression: any run of spaces, and either tone placement ("ủy"/"uỷ"). */
const words = (list: string[]) => list.map((word) => anyTonePlacementSource(word.replace(/\s+/g, String.raw`\s+`))).join('|');

/** Member abbreviations, each a position by itself ("TUV", "UVBTV"). */
const MEMBER_ABBREVIATIONS = ['TUV', 'HUV', 'UVBTV', 'UVBTVHU', 'UVBTVTU', 'UVBTU', 'UVBCH'].join('|');

/**
 * Vietnamese family names. A capitalised run counts as a person's name only when it
 * opens with one of these and is no place the gazetteer knows, which keeps "Mỹ Đức"
 * and "Hà Nội" out. Surnames that are also everyday words ("Phó", "Ông", "Văn") are
 * left off: such an official is missed rather than a title taken for a name.
 */
export const SURNAMES = new Set(
  `Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trương Lương Mai Lưu Đào Trịnh
  Hà Tạ Cao Chu Thái Lâm Phùng Tô Quách Vương Triệu Lại Tăng Kiều Hứa Thân Mạc Mạch Âu Khúc Khổng Lục Nông Tống
  Từ Diệp Tôn Hầu Bạch Bế Cù Doãn Đàm Đường Hàn Lã Lò Mẫn Phí Sầm Tào Thạch Thiều Tiêu Trình Vi Ngọ Nghiêm Chử
  Cấn Khuất Quàng`
    .split(/\s+/)
    .filter(Boolean),
);

/** A capitalised syllable, and a name of two to four of them. */
const CAPITAL = String.raw`\p{Lu}`;
const SYLLABLE_REST = String.raw`[\p{Ll}\p{M}]*`;
// The edge is checked behind the first capital, not before it: this runs at every character
// of every paragraph, and most characters fail at once on not being a capital.
export const NAME_RUN = new RegExp(`${CAPITAL}(?<!${WORD_CHARACTER}${CAPITAL})${SYLLABLE_REST}(?: ${CAPITAL}${SYLLABLE_REST})*${EDGE_AFTER}`, 'gu');
export const NAME_SYLLABLES = { min: 2, max: 4 };

/** A capitalised honorific opening a name run at a sentence start ("Ông Trần Văn Bình, Chủ tịch…"): it introduces the name. */
export const LEADING_HONORIFIC = /^(?:Ông|Bà) /u;

/** Words that introduce a person by name: "Đồng chí Nguyễn Văn Cương – Phó Bí thư…", "ông Nguyễn Văn A, Chủ tịch…". */
export const NAME_INTRODUCERS = new RegExp(`${EDGE_BEFORE}(?:${words(['các đồng chí', 'đồng chí', 'ông', 'bà'])})\\s+$`, 'iu');

/**
 * How a position begins: a title, or a member abbreviation that is a position by
 * itself. Anything else after a name ("cho biết", "các xã") ends the list.
 */
export const POSITION_HEADS = new RegExp(
  `^(?:${words([
    'phó bí thư thường trực',
    'phó bí thư',
    'bí thư',
    'phó chủ tịch thường trực',
    'phó chủ tịch',
    'chủ tịch',
    'phó trưởng ban thường trực',
    'phó trưởng ban',
    'trưởng ban',
    'phó trưởng phòng',
    'trưởng phòng',
    'ủy viên',
    'thành ủy viên',
    'tỉnh ủy viên',
    'huyện ủy viên',
    'phó giám đốc',
    'giám đốc',
    'phó chánh văn phòng',
    'chánh văn phòng',
    'chánh án',
    'viện trưởng',
    'chỉ huy trưởng',
    'phó chủ nhiệm',
    'chủ nhiệm',
    'trưởng công an',
    'đại biểu quốc hội',
  ])})${EDGE_AFTER}|^(?:${MEMBER_ABBREVIATIONS})${EDGE_AFTER}`,
  'iu',
);

/**
 * A position stated before a name must name its body (a committee, a council, a
 * level of government) or be a member abbreviation: "Chủ tịch Hồ Chí Minh" is not
 * an official of the meeting, "Chủ tịch UBND huyện Nguyễn Xuân Thanh" is.
 */
export const POSITION_NAMES_BODY = new RegExp(
  `(?:${EDGE_BEFORE}(?:${words(['ủy', 'ubnd', 'hđnd', 'mttq', 'ubmttq', 'huyện', 'tỉnh', 'thành phố', 'xã', 'thị trấn', 'quận', 'chính phủ', 'quốc hội'])})|^(?:${MEMBER_ABBREVIATIONS}))${EDGE_AFTER}`,
  'iu',
);

/**
 * What a report says an official does right after their positions. A position is
 * cut where one of these begins ("… Chủ tịch UBND huyện chủ trì hội nghị").
 */
export const ACTION_WORDS = new RegExp(
  `${EDGE_BEFORE}(?:${words([
    'đồng chủ trì',
    'chủ trì',
    'phát biểu',
    'tham dự',
    'dự',
    'cho biết',
    'yêu cầu',
    'nhấn mạnh',
    'đề nghị',
    'trả lời',
    'giải trình',
    'điều hành',
    'kết luận',
    'báo cáo',
    'trình bày',
    'khẳng định',
    'chỉ đạo',
    'đánh giá',
    'mong muốn',
    'chúc mừng',
    'biểu dương',
    'ghi nhận',
    'quán triệt',
    'thay mặt',
    'trao',
    'tặng',
    'thăm',
    'kiểm tra',
    'đã',
    'và',
    'cùng',
    'tại',
    'nêu',
    'lưu ý',
  ])})${EDGE_AFTER}`,
  'u',
);

/** Separators between positions: a comma, a dash with a space on either side, an en or em dash. */
export const POSITION_SEPARATOR = /\s*,\s*|\s+-\s*|\s*-\s+|\s*[–—]\s*/u;

/** Where a clause ends: a position list never runs across one. */
export const CLAUSE_END = /[.;:!?()“”"]/u;

/** Longest position, in words: longer runs are sentences, not titles. */
export const POSITION_MAX_WORDS = 12;

/**
 * How far around a name or a number the extraction reads, in characters: enough for
 * "các đồng chí", a few positions, "Nghị quyết của số" or a signing date, and
 * bounded, so a report that is one long paragraph is still read in linear time.
 */
export const LOOK_AROUND = 300;

/**
 * How far before a document number its lead-in words ("Thông báo kết luận của số ") are
 * looked for: their longest form and its spaces. Each number reads only this much back,
 * so a paragraph of thousands of numbers stays fast.
 */
export const LEAD_IN_LOOK_BACK = 48;

/**
 * Abbreviations spelt out for display. A function gets the report's province, since
 * TUV reads "Thành ủy viên" in a centrally-governed city and "Tỉnh ủy viên" in a
 * province; it returns null where the report does not say which, and the abbreviation
 * stays as printed. Matched as whole words, so "MTTQ" inside "UBMTTQ" is left alone.
 */
export const ABBREVIATIONS: Record<string, string | ((province: string | null) => string | null)> = {
  TUV: (province) => (province === null ? null : isCentralCity(province) ? 'Thành ủy viên' : 'Tỉnh ủy viên'),
  HUV: 'Huyện ủy viên',
  UVBTVHU: 'Ủy viên Ban Thường vụ Huyện ủy',
  UVBTVTU: 'Ủy viên Ban Thường vụ Tỉnh ủy',
  UVBTV: 'Ủy viên Ban Thường vụ',
  UVBCH: 'Ủy viên Ban Chấp hành',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  MTTQ: 'Mặt trận Tổ quốc',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  UBKT: 'Ủy ban Kiểm tra',
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
};
export const ABBREVIATION = new RegExp(`${EDGE_BEFORE}(?:${Object.keys(ABBREVIATIONS).join('|')})${EDGE_AFTER}`, 'gu');

/** Document type codes, by their capitalised form, with the canonical spelling and the kind. */
export const DOCUMENT_TYPES: Record<string, { code: string; kind: string }> = {
  NQ: { code: 'NQ', kind: 'Nghị quyết' },
  CT: { code: 'CT', kind: 'Chỉ thị' },
  KH: { code: 'KH', kind: 'Kế hoạch' },
  KL: { code: 'KL', kind: 'Kết luận' },
  CTR: { code: 'CTr', kind: 'Chương trình' },
  QĐ: { code: 'QĐ', kind: 'Quyết định' },
  QYĐ: { code: 'QyĐ', kind: 'Quy định' },
  QC: { code: 'QC', kind: 'Quy chế' },
  TB: { code: 'TB', kind: 'Thông báo' },
  HD: { code: 'HD', kind: 'Hướng dẫn' },
  BC: { code: 'BC', kind: 'Báo cáo' },
  ĐA: { code: 'ĐA', kind: 'Đề án' },
  TTR: { code: 'TTr', kind: 'Tờ trình' },
  CĐ: { code: 'CĐ', kind: 'Công điện' },
  NĐ: { code: 'NĐ', kind: 'Nghị định' },
  TT: { code: 'TT', kind: 'Thông tư' },
};

/**
 * Issuers whose documents are one document wherever they are cited; every other
 * issuer is local ("20-NQ/TU" of Quảng Ninh is not Hà Nội's). Provincial issuers
 * are listed; any other local issuer is taken as a district's, the narrower guess.
 */
export const NATIONAL_ISSUERS = new Set(['TW', 'TƯ', 'CP', 'TTG', 'QH', 'UBTVQH', 'BCT', 'BBT']);
export const PROVINCIAL_ISSUERS = new Set(['TU']);
/** State issuers that exist at both levels: the words after the number say which ("của HĐND tỉnh"). */
export const COUNCIL_ISSUERS = new Set(['HĐND', 'UBND']);
export const COUNCIL_OF_DISTRICT = /^\s*(?:,\s*)?(?:ngày\s+[\d/-]+\s+)?của\s+(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|quận|thị xã)/iu;

const CODE = String.raw`[\p{Lu}][\p{L}]{0,3}`;
const ISSUER = String.raw`[\p{Lu}]{2,7}`;

/**
 * A document number as these reports print it, spaced or not: party "20-NQ/TU",
 * "04 - CTR/ HU"; state "245/2020/NQ-HĐND", "42/NQ-CP". The word before it and a
 * signing date after it are optional.
 */
export const DOCUMENT_NUMBER = new RegExp(
  String.raw`${EDGE_BEFORE}(?:(\d{1,4})\s*[-–]\s*(${CODE})\s*\/\s*(${ISSUER})|(\d{1,5})\/(?:(\d{4})\/)?(${CODE})\s*[-–]\s*(${ISSUER}))${EDGE_AFTER}`,
  'gu',
);

/** Words that may stand before a document number and belong to the citation. */
export const DOCUMENT_LEAD_IN = new RegExp(
  `(?:${EDGE_BEFORE}(?:${words(['nghị quyết', 'chỉ thị', 'kế hoạch', 'kết luận', 'chương trình', 'quyết định', 'quy định', 'quy chế', 'thông báo kết luận', 'thông báo', 'hướng dẫn', 'báo cáo', 'đề án', 'tờ trình', 'công điện', 'nghị định', 'thông tư'])})(?:\\s+(?:của\\s+)?số)?\\s+)$`,
  'iu',
);

/** A signing date right after the number: ", ngày 24/12/2020", " ngày 1-4-2021". */
export const DOCUMENT_DATE = /^\s*,?\s*ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})(?!\d)/iu;

/**
 * How a lead opens on a meeting: an optional part of the day and date, the body, and
 * the verb ("Chiều 19/7, Thường trực Huyện uỷ tổ chức hội nghị giao ban…").
 */
export const MEETING_LEAD = new RegExp(
  String.raw`^(?:(sáng|trưa|chiều|tối)\s+(?:ngày\s+)?|ngày\s+)?(?:(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?\s*,\s*)?(.{3,120}?)\s+(?:đã\s+)?(?:tổ chức|tiến hành|họp)\s+(.*)$`,
  'iu',
);

/** A body's term and tenure printed after its name: "khóa XXIV, nhiệm kỳ 2020 - 2025". */
export const BODY_TERM = vi(/\s+(kh(?:óa|oa)\s+[IVXLC]+)(?![\p{L}])/iu);
export const BODY_TENURE = /,?\s*nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/iu;

/** A party committee's unit word ("huyện" in "Huyện ủy") as its committee and its Đảng bộ are named. */
const COMMITTEE: Record<string, string> = { huyện: 'Huyện ủy', quận: 'Quận ủy', thị: 'Thị ủy', thành: 'Thành ủy', tỉnh: 'Tỉnh ủy' };
const PARTY_UNIT: Record<string, string> = { huyện: 'huyện', quận: 'quận', thị: 'thị xã', 'thị xã': 'thị xã', thành: 'thành phố', 'thành phố': 'thành phố', tỉnh: 'tỉnh' };

/**
 * A numbered conference of a party committee ("Huyện ủy … tổ chức Hội nghị lần thứ
 * VIII") is a plenum of its Ban Chấp hành; an unnumbered one may be any conference it
 * calls, so the committee stays the organ.
 */
export const COMMITTEE_PLENUM: Record<string, string> = Object.fromEntries(
  Object.entries(COMMITTEE).map(([unit, committee]) => [committee, `Ban Chấp hành Đảng bộ ${PARTY_UNIT[unit]}`]),
);

/**
 * Bodies that hold meetings, by what their name begins with, and the organ each one
 * is, in the one spelling used for grouping and the search filter ("Ban Thường vụ
 * Huyện uỷ Gia Lâm" and "BTV huyện ủy" are both "Ban Thường vụ Huyện ủy"). Each
 * function gets the unit word the pattern captured, in lower case. Tried in order.
 */
export const MEETING_BODIES: [RegExp, (unit: string) => string][] = [
  [/^thường trực (?:hđnd|hội đồng nhân dân) (huyện|quận|thị xã|thành phố|tỉnh)/iu, (unit) => `Thường trực Hội đồng nhân dân ${unit}`],
  [vi(/^thường trực (huyện|quận|thị|thành|tỉnh) ủy/iu), (unit) => `Thường trực ${COMMITTEE[unit]}`],
  [vi(/^(?:ban thường vụ|btv) (huyện|quận|thị|thành|tỉnh) ủy/iu), (unit) => `Ban Thường vụ ${COMMITTEE[unit]}`],
  [/^(?:ban chấp hành|bch) đảng bộ (huyện|quận|thị xã|thành phố|tỉnh)/iu, (unit) => `Ban Chấp hành Đảng bộ ${PARTY_UNIT[unit]}`],
  [vi(/^(huyện|quận|thị|thành|tỉnh) ủy(?![\p{L}])/iu), (unit) => COMMITTEE[unit]!],
  [/^đảng bộ (huyện|quận|thị xã|thành phố|tỉnh)/iu, (unit) => `Đảng bộ ${unit}`],
  [/^(?:hđnd|hội đồng nhân dân) (huyện|quận|thị xã|thành phố|tỉnh)/iu, (unit) => `Hội đồng nhân dân ${unit}`],
  [vi(/^(?:ubnd|ủy ban nhân dân) (huyện|quận|thị xã|thành phố|tỉnh)/iu), (unit) => `Ủy ban nhân dân ${unit}`],
  [vi(/^(?:ủy ban mttq|ubmttq|ủy ban mặt trận tổ quốc) (?:việt nam )?(huyện|quận|thị xã|thành phố|tỉnh)/iu), (unit) => `Ủy ban Mặt trận Tổ quốc ${unit}`],
];

/** What each kind of meeting is called in the lead, tried in order; the organ decides a plain "hội nghị". */
export const MEETING_KINDS: { pattern: RegExp; kind: MeetingKind }[] = [
  { pattern: /^(?:hội nghị )?giao ban/iu, kind: 'giao-ban' },
  { pattern: /^(?:phiên họp|phiên)/iu, kind: 'phien-hop' },
  { pattern: /^kỳ họp/iu, kind: 'ky-hop' },
  { pattern: /^hội nghị/iu, kind: 'hoi-nghi' },
];

/** "lần thứ VIII", "lần thứ 5", "kỳ họp thứ 14": the session number in the words after the verb. */
export const MEETING_SESSION = /^(?:hội nghị|kỳ họp|phiên họp)(?: [^\s,.;]+){0,5}? (?:lần )?thứ (\d{1,3}|[IVXLC]+)(?![\p{L}\d])/iu;
