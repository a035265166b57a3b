/**
 * Everything the parser knows about these websites' wording, kept as data so a new
 * layout is usually a line here plus a fixture, not new code. Patterns are matched
 * against normalised text (NFC, single spaces, trimmed lines) and case-insensitively
 * unless they say otherwise.
 */

/**
 * Navigation lines printed above the title. They are dropped, and never taken for
 * the article's category, because they name a page of the site, not a section.
 */
export const NAVIGATION_LINES: RegExp[] = [
  /^trang chủ$/i,
  /^tin mới( nhất)?$/i,
  /^tin nóng$/i,
  /^tin tiêu điểm$/i,
  /^tin (liên quan|khác|cùng chuyên mục)$/i,
  /^xem thêm$/i,
  /^(in bài|gửi bài|chia sẻ|bản in)$/i,
];

/**
 * Lines that start the site's footer: the first one found after the body cuts off it
 * and everything below it.
 */
export const FOOTER_START_LINES: RegExp[] = [
  /^từ khóa:?/i,
  /^từ khoá:?/i,
  /^tags?:/i,
  /^bình luận của bạn/i,
  /^ý kiến (bạn đọc|của bạn)/i,
  /^gửi bình luận/i,
  /^captcha$/i,
  /^bản tin pháp luật$/i,
  /^video clip$/i,
  /^phóng sự ảnh$/i,
  /^tìm kiếm theo chuyên mục/i,
  /^tin nóng$/i,
  /^tin tiêu điểm$/i,
  /^tin (liên quan|khác|cùng chuyên mục)$/i,
  /^các tin (khác|đã đưa)/i,
  /^lịch công tác/i,
  /^website liên kết$/i,
  /^liên kết website$/i,
  /^thống kê truy cập$/i,
  /^hôm nay: ?\d+$/i,
  /^đã truy cập: ?\d+$/i,
  /^đang (truy cập|online): ?\d+$/i,
];

/**
 * Chrome lines that may stand anywhere (a share bar between paragraphs, a counter):
 * dropped wherever they are.
 */
export const LOOSE_CHROME_LINES: RegExp[] = [
  /^(in bài|gửi bài|chia sẻ|bản in|quay lại|về đầu trang)$/i,
  /^(facebook|zalo|twitter|email)$/i,
];

/** Words that may surround a date, time or view count on a date line. */
export const DATE_LINE_LABELS: RegExp[] = [
  /publish(ed)? date:?/gi,
  /view count:?/gi,
  /ngày đăng:?/gi,
  /ngày cập nhật:?/gi,
  /cập nhật lúc:?/gi,
  /cập nhật:?/gi,
  /đăng lúc:?/gi,
  /lúc/gi,
  /lượt xem:?/gi,
  /số lượt xem:?/gi,
  /ngày:?/gi,
  /thứ (hai|ba|tư|năm|sáu|bảy)/gi,
  /chủ nhật/gi,
  /[|,\-–—()/]/g,
];

/** A stray timezone note; removed before numbers are read so its 7 is not taken for a time. */
export const TIMEZONE_NOTE = /\(?\s*gmt\s*\+\s*0?7(?::00)?\s*\)?/i;

/** Label before a view count. */
export const VIEW_COUNT_LABEL = /(?:view count|lượt xem|số lượt xem)\s*:?\s*([\d.,]+)/i;

/** Words that begin a reporting unit in a byline ("Trung tâm VHTT&TT huyện"). */
export const UNIT_OPENERS: RegExp[] = [
  /^(?:trung tâm|ttvh|tttt|ban|phòng|văn phòng|báo|đài|cổng|tạp chí|hội|uỷ ban|ủy ban|ubnd|hđnd|mttq|huyện ủy|huyện uỷ|thành ủy|thành uỷ|tỉnh ủy|tỉnh uỷ|đảng ủy|đảng uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|công an|bchqs|đoàn|liên đoàn|chi nhánh|bộ phận|nhóm phóng viên)(?![\p{L}\p{M}])/iu,
];

/** Separators between the parts of a byline: a spaced dash or a slash. */
export const BYLINE_SEPARATOR = /\s+[–—-]\s+|\s*\/\s*|\s*[–—]\s*/;

/** Prefixes a byline may carry before the names: "Tin, ảnh:", "Bài và ảnh:". */
export const BYLINE_PREFIX = /^(tin|bài|ảnh|tin và ảnh|tin, ảnh|bài và ảnh|bài, ảnh|nguồn)\s*:\s*/i;

/**
 * Photo captions that end with a full stop, which a short line without closing
 * punctuation does not need: a short line naming the picture ("Các ý kiến phát biểu
 * thảo luận tại hội nghị.") or one whose action closes the line ("Đồng chí … chủ trì
 * hội nghị."), unlike a body sentence that goes on after its verb.
 */
export const PUNCTUATED_CAPTIONS: RegExp[] = [
  /^(?:quang cảnh|toàn cảnh|ảnh|hình ảnh|các đại biểu|đại biểu|các ý kiến|ý kiến)(?![\p{L}\p{M}])(?:\S*\s+){0,13}\S+$/iu,
  /^(?:đồng chí|các đồng chí|lãnh đạo|tuv|uvbtv|bí thư|phó bí thư|chủ tịch) .* (?:phát biểu|chủ trì|trao|tặng|kiểm tra|thăm|dự|báo cáo|trình bày)(?:\s+\S+){0,4}$/iu,
];

/** Longest line, in words, still taken for a photo caption or a byline. */
export const CAPTION_MAX_WORDS = 32;
export const BYLINE_MAX_WORDS = 14;

/** Up to four capitalised words: a place name as these reports print it. */
const PROPER_NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})`;
const TONED_UY = '(?:ủy|uỷ|Ủy|Uỷ)';

/**
 * How running text names a district-level unit of the years before the 2025 reform
 * ("huyện Mỹ Đức", "Huyện ủy Kiến Thụy", "Trung tâm TT&VH Ba Chẽ"). The captured name
 * counts only if the gazetteer knows it.
 */
export const DISTRICT_MENTIONS: RegExp[] = [
  new RegExp(String.raw`(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|Thị Xã|Thành phố) ${PROPER_NAME}`, 'gu'),
  new RegExp(String.raw`(?:[Hh]uyện|[Qq]uận|[Tt]hị) ${TONED_UY} ${PROPER_NAME}`, 'gu'),
  new RegExp(String.raw`(?:Trung tâm|Đài|Ban) [^\s]*(?:TT|VH|TH)[^\s]* ${PROPER_NAME}$`, 'gu'),
];

/** How running text names a province or centrally-governed city ("Thành uỷ Hà Nội", "tỉnh Quảng Ninh"). */
export const PROVINCE_MENTIONS: RegExp[] = [
  new RegExp(String.raw`(?:[Tt]ỉnh|[Tt]hành phố|TP\.?) ${PROPER_NAME}`, 'gu'),
  new RegExp(String.raw`(?:[Tt]ỉnh|[Tt]hành) ${TONED_UY} ${PROPER_NAME}`, 'gu'),
];

/**
 * Lines that read as Markdown or HTML syntax ("|a|b|", "# …", a code fence, "> …",
 * "- item", "<div>"): shown literally as paragraphs, never taken for a photo caption.
 */
export const MARKUP_LOOKING_LINE = /^(?:\||#{1,6}(?:\s|$)|`{3}|~{3}|>|[-*+](?:\s|$)|<\/?[a-z!?])|\|\s*$/i;

/**
 * Two reports with the same title and publication time are one report reposted when at
 * least this share of their bodies' three-word runs is the same (Jaccard similarity).
 */
export const REPOST_MIN_SIMILARITY = 0.8;
